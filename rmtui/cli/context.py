"""What every verb gets: the resolved workspace, and the one way to print."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from rmtui.core.text import strip_control
from rmtui.store import Workspace
from rmtui.store.paths import resolve_workspace


@dataclass
class Context:
    root: Path
    demo: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _workspace: Workspace | None = None
    _demo_dir: str | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        demo = bool(getattr(args, "demo", False))
        if demo:
            tmp = tempfile.mkdtemp(prefix="rmtui-demo-")
            ctx = cls(root=Path(tmp) / "workspace", demo=True)
            ctx._demo_dir = tmp
            return ctx
        return cls(root=resolve_workspace(getattr(args, "workspace", None)))

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace(self.root)
            if self.demo:
                from rmtui.service.demo import fill_demo

                fill_demo(self._workspace)
        return self._workspace

    def close(self) -> None:
        if self._demo_dir is not None:
            shutil.rmtree(self._demo_dir, ignore_errors=True)
            self._demo_dir = None

    def say(self, text: str) -> None:
        """A line for stdout; user text in it is stripped of terminal controls."""
        print(strip_control(text), file=self.out)

    def error(self, text: str) -> None:
        print(f"rmtui: {strip_control(text)}", file=self.err)

    def json(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2), file=self.out)

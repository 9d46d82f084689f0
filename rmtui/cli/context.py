"""What every verb gets: the resolved workspace, the one way to print, and the
argument types verbs share."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rmtui.core.errors import RmtuiError
from rmtui.core.refs import SessionRef
from rmtui.core.text import strip_control

if TYPE_CHECKING:
    from rmtui.cli.demo_dir import DemoDir
    from rmtui.store import Workspace


def session_ref(text: str) -> SessionRef:
    """argparse type: a malformed SESSION is a usage error (exit 2)."""
    try:
        return SessionRef.parse(text)
    except RmtuiError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


@dataclass
class Context:
    folder: str | None = None
    """``--workspace DIR`` as given (None: ``$RMTUI_WORKSPACE`` or the platform data dir)."""
    demo: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _root: Path | None = None
    _workspace: Workspace | None = None
    _demo_dir: DemoDir | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        demo = bool(getattr(args, "demo", False))
        if demo:
            from rmtui.cli.demo_dir import make_demo_dir

            # Locked while this process runs; one a kill -9 left is removed here next time.
            folder = make_demo_dir()
            ctx = cls(demo=True, _root=folder.path / "workspace")
            ctx._demo_dir = folder
            return ctx
        return cls(folder=getattr(args, "workspace", None))

    # The storage layer is imported on first use: the TUI shows its first frame without it.

    @property
    def root(self) -> Path:
        if self._root is None:
            from rmtui.store.paths import resolve_workspace

            self._root = resolve_workspace(self.folder)
        return self._root

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from rmtui.store import Workspace

            self._workspace = Workspace(self.root)
            if self.demo:
                from rmtui.service.demo import fill_demo

                fill_demo(self._workspace)
        return self._workspace

    def close(self) -> None:
        if self._demo_dir is not None:
            self._demo_dir.close()
            self._demo_dir = None

    def say(self, text: str) -> None:
        """A line for stdout; user text in it is stripped of terminal controls."""
        print(strip_control(text), file=self.out)

    def error(self, text: str) -> None:
        print(f"rmtui: {strip_control(text)}", file=self.err)

    def json(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2), file=self.out)

"""What every verb gets: the resolved workspace, the one way to print, and the
argument types verbs share."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.refs import SessionRef
from rmtui.core.text import strip_control

if TYPE_CHECKING:
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
    _demo_dir: str | None = None
    in_app: bool = False
    """True while the TUI runs: what the CLI would say on stderr waits until it closes."""
    pending: list[str] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        demo = bool(getattr(args, "demo", False))
        if demo:
            tmp = tempfile.mkdtemp(prefix="rmtui-demo-")
            ctx = cls(demo=True, _root=Path(tmp) / "workspace")
            ctx._demo_dir = tmp
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

            self._workspace = Workspace(self.root, settings=self._settings_file())
            if self.demo:
                from rmtui.service.demo import fill_demo

                fill_demo(self._workspace)
        return self._workspace

    def _settings_file(self) -> Path | None:
        """The platform config dir's ``rmtui.yaml`` for the default workspace (moved there
        from the workspace once); None, the workspace's own, for any other."""
        if self.demo:
            return None
        from rmtui.store import adopt_settings
        from rmtui.store.paths import Layout, resolve_settings

        settings = resolve_settings(self.folder)
        if settings is None:
            return None
        layout = Layout(self.root, settings)
        try:
            moved = adopt_settings(layout)
        except (RmtuiError, OSError) as exc:
            # Never lose the mentor's settings to a config dir that cannot be written.
            reason = getattr(exc, "strerror", None) or exc
            self.tell(
                messages.SETTINGS_NOT_MOVED.format(
                    old=layout.own_settings, new=settings, reason=reason
                )
            )
            return None
        if moved:
            self.tell(messages.SETTINGS_MOVED.format(old=layout.own_settings, new=settings))
        return settings

    def tell(self, text: str) -> None:
        """Talk for stderr, kept until the TUI closes when it runs."""
        if self.in_app:
            self.pending.append(text)
        else:
            self.error(text)

    def close(self) -> None:
        for text in self.pending:
            self.error(text)
        self.pending.clear()
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

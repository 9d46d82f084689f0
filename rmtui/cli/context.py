"""What every verb gets: the resolved workspace, the one way to print, and the
argument types verbs share."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rmtui.core import messages
from rmtui.core.errors import RmtuiError

if TYPE_CHECKING:
    from rmtui.cli.demo_dir import DemoDir
    from rmtui.core.refs import SessionRef
    from rmtui.service.services import Services
    from rmtui.store import Workspace


def session_ref(text: str) -> SessionRef:
    """argparse type: a malformed SESSION is a usage error (exit 2)."""
    from rmtui.core.refs import SessionRef  # the TUI's first frame does without it

    try:
        return SessionRef.parse(text)
    except RmtuiError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def planned_at(text: str) -> datetime:
    """argparse type: a date and time that does not parse is a usage error (exit 2).

    A form other than ISO (``10.12.2026 15:00``, ``tue 15:00``) is echoed on stderr as
    understood, with its zone."""
    from rmtui.core.dates import is_iso, moment_label
    from rmtui.core.planning import in_dst_gap, parse_planned_at

    today = date.today()  # one reading for both calls, even at midnight
    try:
        moment = parse_planned_at(text, today=today)
    except RmtuiError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if in_dst_gap(text, today=today):  # the clocks skip it: say which time is planned instead
        print(
            messages.PLANNED_IN_DST_GAP.format(typed=text.strip(), at=f"{moment:%H:%M %Z}"),
            file=sys.stderr,
        )
    elif not is_iso(text):
        print(
            messages.UNDERSTOOD_AT.format(typed=text.strip(), at=moment_label(moment, zone=True)),
            file=sys.stderr,
        )
    return moment


def positive(text: str) -> int:
    """argparse type: a whole number of 1 or more (a session number, a count)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(messages.NOT_POSITIVE.format(value=text))
    return value


@dataclass
class Context:
    folder: str | None = None
    """``--workspace DIR`` as given (None: ``$RMTUI_WORKSPACE`` or the platform data dir)."""
    demo: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _root: Path | None = None
    _workspace: Workspace | None = None
    _services: Services | None = None
    _demo_dir: DemoDir | None = None
    in_app: bool = False
    """True while the TUI runs: what the CLI would say on stderr waits until it closes."""
    pending: list[str] = field(default_factory=list)

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
            from rmtui.service.opening import workspace_root

            self._root = workspace_root(self.folder)
        return self._root

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from rmtui.service.opening import open_workspace

            self._workspace = open_workspace(self.root, self._settings_file())
            if self.demo:
                from rmtui.service.demo import fill_demo

                fill_demo(self._workspace)
            else:
                self.tighten()
        return self._workspace

    @property
    def services(self) -> Services:
        """Every use case of the workspace (the TUI, when it runs, holds the same one)."""
        if self._services is None:
            from rmtui.service.services import make_services

            self._services = make_services(lambda: self.workspace)
        return self._services

    def tighten(self) -> None:
        """Make the workspace folders private where they are not, and say so (once: the
        next run finds nothing to change)."""
        if self._workspace is None or self.demo:
            return
        changed = self._workspace.tighten_folders()
        if changed:
            paths = ", ".join(str(p) for p in changed)
            self.tell(messages.FOLDERS_TIGHTENED.format(paths=paths))

    def _settings_file(self) -> Path | None:
        """The platform config dir's ``rmtui.yaml`` for the default workspace (moved there
        from the workspace once); None, the workspace's own, for any other."""
        if self.demo:
            return None
        from rmtui.service.opening import settings_home

        home = settings_home(self.folder, self.root)
        if home is None:
            return None
        try:
            moved = home.adopt()
        except (RmtuiError, OSError) as exc:
            # Never lose the mentor's settings to a config dir that cannot be written.
            reason = getattr(exc, "strerror", None) or exc
            self.tell(
                messages.SETTINGS_NOT_MOVED.format(old=home.own, new=home.path, reason=reason)
            )
            return None
        if moved:
            self.tell(messages.SETTINGS_MOVED.format(old=home.own, new=home.path))
        return home.path

    def tell(self, text: str) -> None:
        """A line of talk (what was done) for stderr, as stdout carries only data; kept
        until the TUI closes when it runs."""
        if self.in_app:
            self.pending.append(text)
        else:
            print(_safe(text), file=self.err)

    def day(self, text: str, field: str) -> date:
        """A day as typed (``2026-12-10``, ``10.12.2026``, ``tomorrow``, ``tue``); a form
        other than ISO is echoed as understood."""
        from rmtui.core.dates import day_label, is_iso
        from rmtui.core.tandems import parse_date

        found = parse_date(text, field)
        if not is_iso(text):
            self.tell(
                messages.UNDERSTOOD_DAY.format(typed=text.strip(), day=day_label(found, year=True))
            )
        return found

    def close(self) -> None:
        self.in_app = False
        for text in self.pending:
            self.tell(text)
        self.pending.clear()
        if self._demo_dir is not None:
            self._demo_dir.close()
            self._demo_dir = None

    def say(self, text: str) -> None:
        """A line for stdout; user text in it is stripped of terminal controls."""
        print(_safe(text), file=self.out)

    def error(self, text: str) -> None:
        print(f"rmtui: {_safe(text)}", file=self.err)

    def json(self, data: Any) -> None:
        # Machine output, but read in a terminal as often as by a program: the same
        # cleaner as every other line (C1 and BIDI controls removed).
        import json  # only for --json: the TUI's first frame does without it

        from rmtui.core.text import strip_control_data

        text = json.dumps(strip_control_data(data), ensure_ascii=False, indent=2)
        print(text, file=self.out)


def _safe(text: str) -> str:
    """``text`` stripped of terminal controls (the cleaner is loaded as the first line is
    printed: the TUI's first frame does without it)."""
    from rmtui.core.text import strip_control

    return strip_control(text)

"""The mechanics of a journey, so the journey test reads as the mentor's story.

A ``Journey`` drives one running app as a mentor does (keys, and a paste where a mentor
would paste or type a long line), counts the keys, and reads what the screen shows. The
session clock is the test's: ``FakeTime`` moves only when the story says time passes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from kit import pilot as kit
from kit.clock import NOW, FakeTime
from textual import events
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Select, Static
from textual.widgets._footer import FooterKey

from rmtui.core import i18n
from rmtui.service.language import interface_language
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp

# The journey's day is ``kit.clock.NOW``: a Monday morning in March, CET, the day the
# mentor installs rmtui. The session clock (``FakeTime``) moves only when the story says.
__all__ = ["NOW", "FakeTime"]  # shared from tests/kit, imported from here by the story
SIZES = [(80, 24), (120, 40)]

S = TypeVar("S", bound=Screen[Any])


@dataclass
class Keys:
    """What the mentor pressed: command keys, and characters typed (or pasted)."""

    commands: int = 0
    typed: int = 0
    marks: dict[str, tuple[int, int]] = field(default_factory=dict)

    def mark(self, name: str) -> None:
        self.marks[name] = (self.commands, self.typed)

    def since(self, name: str) -> tuple[int, int]:
        commands, typed = self.marks[name]
        return self.commands - commands, self.typed - typed


@dataclass
class Journey:
    pilot: Pilot[None]
    ws: Workspace
    time: FakeTime
    keys: Keys
    size: tuple[int, int]
    stage: str = ""
    shots: int = 0
    cut_keys: list[str] = field(default_factory=list)
    """Footer keys seen cut mid-word on the way (``Screen: label``)."""

    @property
    def size_id(self) -> str:
        return f"{self.size[0]}x{self.size[1]}"

    @property
    def app(self) -> RmtuiApp:
        app = self.pilot.app
        assert isinstance(app, RmtuiApp)
        return app

    @property
    def screen(self) -> Screen[Any]:
        return self.app.screen

    @property
    def focused(self) -> Widget | None:
        return self.app.focused

    # --- the mentor's hands --------------------------------------------------------------

    async def press(self, *keys: str) -> None:
        """Command keys (f5, enter, tab, ctrl+s...), one after the other."""
        self.keys.commands += len(keys)
        for key in keys:
            await self.pilot.press(key)

    async def type(self, text: str) -> None:
        """Type ``text`` key by key into the focused widget."""
        self.keys.typed += len(text)
        await self.pilot.press(*text)

    async def paste(self, text: str) -> None:
        """Paste ``text`` as the terminal delivers it (one event); counted as typed, since
        that is what a mentor without the text on the clipboard would do."""
        self.keys.typed += len(text)
        self.app.post_message(events.Paste(text))
        await self.pilot.pause()

    async def choose(self, label: str, letters: int = 3) -> None:
        """In the focused ``Select``: open it, type the first ``letters`` of ``label`` to
        jump to that option, take it."""
        select = self.focused
        assert isinstance(select, Select), f"a choice is focused, not {select!r}"
        await self.press("enter")
        await self.type(label[:letters])
        await self.press("enter")

    # --- waiting -------------------------------------------------------------------------

    async def settle(self) -> None:
        """Workers (disk reads and writes) done and the screen caught up."""
        await kit.settle(self.pilot)

    async def until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Poll ``condition`` while the app runs; fail after ``timeout`` seconds."""
        await kit.until(self.pilot, condition, timeout)

    async def on(self, kind: type[S]) -> S:
        """Wait for a screen of ``kind`` to be on top, composed; returns it."""
        await self.until(lambda: isinstance(self.screen, kind) and self.screen.is_mounted)
        await self.pilot.pause()
        screen = self.screen
        assert isinstance(screen, kind)
        self.shots += 1
        self.look(f"{self.shots:02d}-{kind.__name__}")
        await self.pilot.pause()  # the footer fits its keys after a refresh
        self.cut_keys.extend(f"{kind.__name__}: {key}" for key in self.footer_cut())
        return screen

    # --- reading the screen --------------------------------------------------------------

    def shown(self, selector: str) -> str:
        """The plain text a ``Static`` shows."""
        return str(self.screen.query_one(selector, Static).render())

    def footer(self) -> dict[str, str]:
        """The keys the footer shows, whole: key -> label."""
        shown, _cut = self._footer_keys()
        return {key.key: key.description for key in shown}

    def footer_cut(self) -> list[str]:
        """Labels of the footer keys shown but cut by the terminal's edge or the palette."""
        _shown, cut = self._footer_keys()
        return [key.description for key in cut]

    def _footer_keys(self) -> tuple[list[FooterKey], list[FooterKey]]:
        footers = self.screen.query(Footer)
        if not footers:
            return [], []
        footer = footers.first()
        keys = [k for k in footer.query(FooterKey) if k.display]
        palette = [k for k in keys if k.has_class("-command-palette")]
        edge = palette[0].region.x if palette else footer.region.right
        keys = [k for k in keys if k not in palette]
        return [k for k in keys if k.region.right <= edge], [
            k for k in keys if k.region.right > edge
        ]

    def label(self, key: str) -> str:
        """What the footer should call ``key`` here: its binding's description, in the
        interface's language."""
        return i18n.gettext(self.screen.active_bindings[key].binding.description)

    def unspoken_keys(self) -> list[str]:
        """Footer keys whose label is not their description in the interface's language
        (``key: label``)."""
        bindings = self.screen.active_bindings
        return [
            f"{key}: {label}"
            for key, label in self.footer().items()
            if key in bindings and label != self.label(key)
        ]

    def notices(self) -> list[str]:
        return [str(n.message) for n in self.app._notifications]

    def look(self, name: str) -> None:
        """With ``RMTUI_JOURNEY_SHOTS=DIR`` set, save what the screen shows as SVG there
        (``<size>-<name>.svg``), to look at the journey by eye; otherwise nothing."""
        folder = os.environ.get("RMTUI_JOURNEY_SHOTS")
        if folder:
            name = f"{self.size_id}-{self.stage}-{name}.svg"
            self.app.save_screenshot(filename=name, path=folder)


def app_on(ws: Workspace, clock: FakeTime) -> RmtuiApp:
    """The app as ``rmtui`` starts it, on the journey's clocks, not watching the disk."""
    sessions = SessionService(ws, wall=clock.wall, mono=clock.mono)
    app = kit.app_on(ws, clock=clock.now, sessions=sessions)
    app.animation_level = "none"  # scrolls and tab underlines jump: each key settles at once
    return app


def reads(shown: str, text: str) -> bool:
    """``shown`` is ``text`` whole, or its start cut with an ellipsis (a narrow column)."""
    return shown == text or (
        shown.endswith("…") and len(shown) > 1 and text.startswith(shown[:-1].rstrip())
    )


def start_speaking(ws: Workspace) -> str:
    """What ``rmtui --workspace DIR`` does first at each start: speak the language the
    settings name (else English; the test's locale does not count). Returns its code."""
    return i18n.use_language(interface_language(str(ws.root), {}))


@asynccontextmanager
async def journey(
    ws: Workspace,
    size: tuple[int, int],
    clock: FakeTime | None = None,
    keys: Keys | None = None,
    stage: str = "reopened",
) -> AsyncIterator[Journey]:
    """Start rmtui on ``ws`` at ``size``; yields the journey once the first screen is up."""
    clock = clock or FakeTime()
    app = app_on(ws, clock)
    async with app.run_test(size=size) as pilot:
        trip = Journey(pilot, ws, clock, keys or Keys(), size, stage)
        await trip.settle()
        yield trip


# --- stages ----------------------------------------------------------------------------------
#
# The story is told in stages (first launch, first session, after the session). A stage
# that passed keeps a copy of the workspace it left, its clock and its key counts, per
# terminal size; the next stage starts there (a quit and a reopen, as a mentor does between
# days). Without a kept copy (a stage run alone, or one that failed) the earlier stages are
# walked again, with the same keys.

Stage = Callable[[Journey], Any]


@dataclass(frozen=True)
class Kept:
    root: Path
    keys: Keys
    wall: float
    mono: float


KEPT: dict[tuple[str, tuple[int, int]], Kept] = {}
KEY_COUNTS: dict[str, str] = {}
"""Key counts of the flows the issue names, printed at the end of the run."""


def keep(stage: Stage, size: tuple[int, int], ws: Workspace, clock: FakeTime, keys: Keys) -> None:
    copy = ws.root.parent / f"kept-{stage.__name__}"
    shutil.copytree(ws.root, copy, symlinks=True)
    kept_keys = replace(keys, marks=dict(keys.marks))
    KEPT[(stage.__name__, size)] = Kept(copy, kept_keys, clock.wall_now, clock.mono_now)


def restore(
    stage: Stage, size: tuple[int, int], ws: Workspace, clock: FakeTime, keys: Keys
) -> bool:
    kept = KEPT.get((stage.__name__, size))
    if kept is None or not kept.root.is_dir():
        return False
    if ws.root.exists():
        shutil.rmtree(ws.root)
    shutil.copytree(kept.root, ws.root, symlinks=True)
    clock.wall_now, clock.mono_now = kept.wall, kept.mono
    keys.commands, keys.typed = kept.keys.commands, kept.keys.typed
    keys.marks = dict(kept.keys.marks)
    return True


async def walk(
    story: tuple[Stage, ...], upto: Stage, ws: Workspace, size: tuple[int, int], clock: FakeTime
) -> Keys:
    """Bring ``ws`` to where ``upto`` begins: each earlier stage restored or walked."""
    keys = Keys()
    for stage in story[: story.index(upto)]:
        if restore(stage, size, ws, clock, keys):
            continue
        async with journey(ws, size, clock, keys, stage.__name__) as j:
            await stage(j)
        keep(stage, size, ws, clock, keys)
    return keys


async def play(
    story: tuple[Stage, ...], stage: Stage, ws: Workspace, size: tuple[int, int], clock: FakeTime
) -> list[str]:
    """Walk to ``stage``, then play it in a fresh start of the app, and keep its end.
    Returns the footer keys seen cut on the stage's screens."""
    keys = await walk(story, stage, ws, size, clock)
    async with journey(ws, size, clock, keys, stage.__name__) as j:
        await stage(j)
    keep(stage, size, ws, clock, keys)
    return j.cut_keys


def count(flow: str, keys: Keys, since: str) -> None:
    commands, typed = keys.since(since)
    KEY_COUNTS[flow] = f"{commands} keys + {typed} characters of text"

"""Screenshots of the live session at 80x24 and 120x40, on time that does not move.

The session was left running (so the app opens with the resume prompt, and Enter shows
the live screen); its clock reads 38:20, less than two minutes before the current item's
timebox ends (the warning colour), with notes of every kind, one private, and the mentee
driving.
After a deliberate change of the look: ``--snapshot-update``, then read the report and
look at the new SVGs before committing them.
"""

from __future__ import annotations

from typing import Any

from livekit import Setup, setup, until_live
from textual.pilot import Pilot
from tuikit import MakeApp, settle

from rmtui.store import Workspace

NOTES = [
    (95, "Zofia opened the LinkedIn privacy settings herself"),
    (140, "! switch off ad personalisation before Friday"),
    (260, "? can my team see what I like"),
    (610, "> planners count everything in pallet-hours"),
    (900, "~ admits she never read a privacy policy [/]"),
    (1320, "* found the download-your-data page on her own #gdpr"),
    (1500, "< a headline beats a job title"),
]


def build(ws: Workspace) -> Setup:
    """Item 1 done at 10:00; the mentee drives from 15:00; the clock reads 38:20 with
    1:40 left on item 2 (the warning colour)."""
    s = setup(ws)
    ref = s.plan()
    s.svc.start(ref)

    def at(seconds: float) -> None:
        step = seconds - s.svc.elapsed(s.svc.get(ref))
        s.time.advance(step)

    for stamp, line in NOTES:
        if stamp > 600 >= s.svc.elapsed(s.svc.get(ref)):
            at(600)
            s.svc.mark_item(ref, how="done", advance=True)
        if stamp > 900 and s.svc.get(ref).driving_since is None:
            at(900)
            s.svc.set_driving(ref, True)
        at(stamp)
        s.svc.add_note(ref, line)
    at(2300)
    return s


async def resume(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("enter")
    await until_live(pilot)
    await settle(pilot)


def test_live_80x24(snap_compare: Any, empty_ws: Workspace, app_for: MakeApp) -> None:
    app = build(empty_ws).app(app_for)
    assert snap_compare(app, terminal_size=(80, 24), run_before=resume)


def test_live_120x40(snap_compare: Any, empty_ws: Workspace, app_for: MakeApp) -> None:
    app = build(empty_ws).app(app_for)
    assert snap_compare(app, terminal_size=(120, 40), run_before=resume)

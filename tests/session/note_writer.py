"""Writer for the note kill -9 test (forked per command by ``kit.writer.serve``): saves
notes through the session service in a loop (every other one to "the live session", as
``rmtui note add TEXT`` does) and writes ``ack <text>`` once ``add_note`` has returned,
which is once the note is durable.
"""

from __future__ import annotations

from pathlib import Path

from kit.writer import say, serve

from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

LINES = [
    "{tag}-{i} she muted the group 'Warehouse news' herself",
    "! {tag}-{i} one LinkedIn post a week",
    "? {tag}-{i} who sees my likes on Yammer",
    "~* {tag}-{i} proud: found the prywatność settings alone",
    "> {tag}-{i} planners count in pallet-hours #big_data",
]


def write_forever(root: Path, tandem_id: str, n: int, tag: str) -> None:
    service = SessionService(Workspace(root))
    ref = SessionRef(tandem_id, n)
    i = 0
    while True:
        i += 1
        line = LINES[i % len(LINES)].format(tag=tag, i=i)
        note = service.add_note(ref if i % 2 else None, line)
        say(f"ack {note.text}")


if __name__ == "__main__":
    serve(write_forever)

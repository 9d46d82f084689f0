"""Writer for the kill -9 test (forked per command by ``kit.writer.serve``): adds notes and
keywords to a tandem in a loop and writes ``ack note|keyword <text>`` once each write has
returned. It says ``ready`` first, so the kill's delay counts from a started writer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kit.writer import say, serve

from rmtui.core.model import Note
from rmtui.store import Workspace


def write_forever(root: Path, tandem_id: str, n: int, tag: str) -> None:
    ws = Workspace(root)
    say("ready")
    i = 0
    while True:
        i += 1
        # One write in four rewrites the tandem file (and may take its backup); the
        # others rewrite the session file.
        if i % 4 == 0:
            text = f"{tag}-{i}"
            ws.add_keywords(tandem_id, [text])
            say(f"ack keyword {text}")
        else:
            text = f"{tag}-{i} the mentee muted the group 'Warehouse news' on her own"
            wall = datetime.now(UTC)
            ws.add_note(tandem_id, n, Note(id=0, elapsed=float(i), wall=wall, text=text))
            say(f"ack note {text}")


if __name__ == "__main__":
    serve(write_forever)

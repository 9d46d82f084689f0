"""Writer for the kill -9 test: forks one writer per command, so a kill costs no start-up.

Reads commands on stdin, one per line: ``<root> <tandem id> <session n> <tag>``. For each
it forks a writer that says ``ready``, then adds notes and keywords to that tandem in a
loop and writes ``ack note|keyword <text>`` once each write has returned (so it is durable).
This process prints ``pid <pid>`` after the fork and ``exit <pid> <status>`` once the
writer is dead, which is after every ack it wrote: the parent reads up to that line.
stdout is written with ``os.write`` so no buffered output is duplicated by ``fork``.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from rmtui.core.model import Note
from rmtui.store import Workspace


def say(line: str) -> None:
    os.write(1, f"{line}\n".encode())


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


def main() -> None:
    for line in sys.stdin:
        root, tandem_id, n, tag = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(Path(root), tandem_id, int(n), tag)
            except BaseException as exc:  # reported, then the parent's checks fail
                say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(3)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    main()

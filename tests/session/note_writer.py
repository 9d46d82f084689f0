"""Writer for the note kill -9 test: forks one writer per command, so a kill costs no start-up.

Reads commands on stdin, one per line: ``<root> <tandem id> <session n> <tag>``. For each
it forks a writer that saves notes through the session service in a loop (every other
one to "the live session", as ``rmtui note add TEXT`` does) and writes ``ack <text>`` on
stdout once ``add_note`` has returned, which is once the note is durable. This process
prints ``pid <pid>`` after the fork and ``exit <pid> <status>`` once the writer is dead,
after every ack it wrote. stdout is written with ``os.write``: nothing buffered is
duplicated by ``fork``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


def say(line: str) -> None:
    os.write(1, f"{line}\n".encode())


def write_forever(root: Path, ref: SessionRef, tag: str) -> None:
    service = SessionService(Workspace(root))
    i = 0
    while True:
        i += 1
        line = LINES[i % len(LINES)].format(tag=tag, i=i)
        note = service.add_note(ref if i % 2 else None, line)
        say(f"ack {note.text}")


def main() -> None:
    for command in sys.stdin:
        root, tandem_id, n, tag = command.split()
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(Path(root), SessionRef(tandem_id, int(n)), tag)
            except BaseException as exc:  # reported, then the parent's checks fail
                say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(3)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    main()

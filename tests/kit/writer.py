"""The forking writer behind the kill -9 tests: a kill costs no start-up.

A writer script reads commands on stdin, one per line: ``<root> <tandem id> <session n>
<tag>``. For each, ``serve`` forks a child that runs the script's ``write_forever`` (it
writes ``ack ...`` lines once each write has returned, so once it is durable), prints
``pid <pid>`` after the fork, and ``exit <pid> <status>`` once the child is dead, which is
after every ack it wrote: the test reads up to that line. Everything is written with
``os.write``: nothing buffered is duplicated by ``fork``.

A script runs as a file, with ``tests/`` on PYTHONPATH (``command`` and ``env`` give
both).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

WriteForever = Callable[[Path, str, int, str], None]
"""``write_forever(root, tandem_id, n, tag)``: writes until killed."""


def say(line: str) -> None:
    os.write(1, f"{line}\n".encode())


def serve(write_forever: WriteForever) -> None:
    for command in sys.stdin:
        root, tandem_id, n, tag = command.split()
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


def command(script: Path) -> list[str]:
    """The command line that runs the writer ``script`` (a file beside its tests)."""
    return [sys.executable, str(script)]


def env() -> dict[str, str]:
    """The environment of a writer: unbuffered, with ``tests/`` on the import path."""
    path = os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": path}

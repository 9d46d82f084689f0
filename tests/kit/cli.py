"""``rmtui --workspace ROOT ...`` run in this process: the CLI's own code path, as the
``rmtui`` command runs it, without starting a Python for each call.

A real process costs a test about a third of a second (most of it compiling rmtui where
no bytecode may be written); in this process a call costs what its work costs. What only
a process shows keeps a real one: exit by a signal, kill -9, a terminal on stdin, a second
process holding the workspace's lock (``tests/session/test_note_kill9.py``,
``tests/cli/test_demo_dir.py``, ``tests/store/test_store_erase.py``...).

Each call gets what a fresh process would: the environment given (``TZ`` applied), an
empty standard input unless one is given, its own stdout and stderr as text over bytes
(``rmtui calendar`` writes bytes), and the interface language chosen anew
(restored after, so the next test reads English).
"""

from __future__ import annotations

import io
import os
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

from rmtui.cli import main
from rmtui.core import i18n

Completed = subprocess.CompletedProcess[str]


def run_cli(
    root: Path,
    *args: str,
    input: str | None = None,
    env: Mapping[str, str] | None = None,
    universal_newlines: bool = False,
) -> Completed:
    """``rmtui --workspace ROOT ARGS`` with ``input`` on stdin and ``env`` added to the
    environment (without ``RMTUI_WORKSPACE``): its exit status and what it printed (with
    ``universal_newlines``, read as ``subprocess.run(..., text=True)`` reads it)."""
    argv = ["--workspace", str(root), *args]
    out, err = _stream(), _stream()
    stdin = _stream((input or "").encode("utf-8"))
    language = i18n.interface_language()
    with (
        _environment(env),
        mock.patch("sys.stdin", stdin),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's usage errors, --help, --version
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            i18n.use_language(language)
    stdout, stderr = _text(out, universal_newlines), _text(err, universal_newlines)
    return subprocess.CompletedProcess(["rmtui", *argv], code, stdout, stderr)


class Cli:
    """Call with the arguments after ``--workspace ROOT``; returns (code, stdout, stderr)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, *args: str) -> tuple[int, str, str]:
        done = run_cli(self.root, *args)
        return done.returncode, done.stdout, done.stderr


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", write_through=True)


def _text(stream: io.TextIOWrapper, universal_newlines: bool) -> str:
    stream.flush()
    data = stream.buffer.getvalue()  # type: ignore[attr-defined]
    return io.TextIOWrapper(
        io.BytesIO(data), encoding="utf-8", newline=None if universal_newlines else ""
    ).read()


@contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(env or {})
    os.environ.pop("RMTUI_WORKSPACE", None)
    zone_changed = os.environ.get("TZ") != saved.get("TZ")
    if zone_changed:
        time.tzset()
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
        if zone_changed:
            time.tzset()

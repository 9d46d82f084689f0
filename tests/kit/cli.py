"""``rmtui --workspace ROOT ...`` run in this process: the CLI code path without start-up.

The subprocess runner of ``tests/conftest.py`` proves the real exit statuses; this one
lets a test sweep hundreds of broken files in a second.
"""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from rmtui.cli import main


class Cli:
    """Call with the arguments after ``--workspace ROOT``; returns (code, stdout, stderr)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["--workspace", str(self.root), *args])
            except SystemExit as exc:  # argparse's usage errors
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()

"""`--demo` after a `kill -9`: the next start removes the folder the killed demo left,
and nothing else (another demo still running, a folder rmtui did not make)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from rmtui.cli.demo_dir import LOCK, PREFIX, make_demo_dir

KILLED_DEMO = """
import argparse, os, signal
from rmtui.cli.context import Context
ctx = Context.from_args(argparse.Namespace(demo=True))
ctx.workspace  # filled like the TUI's first reading fills it
print(ctx.root, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""

RUNNING_DEMO = """
import argparse, sys
from rmtui.cli.context import Context
ctx = Context.from_args(argparse.Namespace(demo=True))
print(ctx.root, flush=True)
sys.stdin.readline()
ctx.close()
"""


def _env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "TMPDIR": str(tmp)}


def _demos(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.iterdir() if p.name.startswith(PREFIX))


def test_a_killed_demo_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_DEMO], env=_env(tmp_path), capture_output=True, text=True
    )
    assert killed.returncode == -signal.SIGKILL
    left = Path(killed.stdout.strip())
    assert (left / "tandems").is_dir(), "the killed demo had a workspace"
    assert len(_demos(tmp_path)) == 1

    # Things the clean-up must never touch.
    running = subprocess.Popen(
        [sys.executable, "-c", RUNNING_DEMO],
        env=_env(tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert running.stdout is not None
    alive = Path(running.stdout.readline().strip()).parent
    no_lock = tmp_path / f"{PREFIX}not-made-by-rmtui"
    no_lock.mkdir()
    (no_lock / "keep.txt").write_text("mine")
    other = tmp_path / "rmtui-notes"
    other.mkdir()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "rmtui", "--demo", "tandem", "list"],
            env=_env(tmp_path),
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert not left.parent.exists(), "the killed demo's folder is gone"
        assert alive.is_dir() and (alive / LOCK).is_file(), "a running demo is kept"
        assert (no_lock / "keep.txt").read_text() == "mine"
        assert other.is_dir()
        assert _demos(tmp_path) == sorted([alive.name, no_lock.name])
    finally:
        running.communicate("\n", timeout=30)
    assert _demos(tmp_path) == [no_lock.name], "a demo that quits removes its own folder"


def test_a_symlink_with_the_prefix_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "precious"
    target.mkdir()
    (target / LOCK).write_text("")
    (tmp_path / f"{PREFIX}link").symlink_to(target)
    folder = make_demo_dir(tmp_path)
    try:
        assert (target / LOCK).exists()
        assert (tmp_path / f"{PREFIX}link").is_symlink()
    finally:
        folder.close()
    assert not folder.path.exists()

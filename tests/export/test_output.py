"""``-o`` of ``export``, ``calendar`` and ``meetup digest``: a file is written atomically,
anything else the mentor names (``/dev/null``, a FIFO, ``/dev/stdout``, a link) is written
to, never replaced; a folder or a dangling link is refused; ``-`` is standard output. The
"wrote …" line is talk, on stderr: stdout carries only data."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import threading
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from exportkit import fill_fixed

from rmtui.cli import main
from rmtui.store import Workspace

ANNA_ID = "anna-kowalska-lecka"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace(tmp_path / "ws")
    fill_fixed(workspace)
    return workspace


def cli(ws: Workspace, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--workspace", str(ws.root), *args])
    return code, out.getvalue(), err.getvalue()


def export(ws: Workspace, target: str) -> tuple[int, str, str]:
    return cli(ws, "export", ANNA_ID, "-o", target)


def test_a_new_and_an_existing_file_are_written_atomically(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    code, out, err = export(ws, str(target))
    assert (code, out, err) == (0, "", f"wrote {target}\n")
    first = target.read_text()
    assert first.startswith("---\nrmtui: export\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.write_text("old")
    assert export(ws, str(target))[0] == 0
    assert target.read_text() == first


def test_dash_is_standard_output(ws: Workspace) -> None:
    code, out, err = export(ws, "-")
    assert (code, err) == (0, "") and out.startswith("---\nrmtui: export\n")


def test_dev_null_is_written_to_not_replaced(ws: Workspace) -> None:
    before = os.stat("/dev/null")
    code, out, err = export(ws, "/dev/null")
    assert (code, out) == (0, "") and err == "wrote /dev/null\n"
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (
        before.st_ino,
        before.st_rdev,
    )


def _read_fifo(path: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def read() -> None:
        with path.open("rb") as fh:
            got.append(fh.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, got


@pytest.mark.parametrize("verb", ["export", "calendar"])
def test_a_fifo_receives_the_export_and_stays_a_fifo(
    ws: Workspace, tmp_path: Path, verb: str
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo, 0o644)
    reader, got = _read_fifo(fifo)
    code, out, err = cli(ws, verb, ANNA_ID, "-o", str(fifo))
    reader.join(timeout=30)
    assert (code, out) == (0, ""), err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_IMODE(os.lstat(fifo).st_mode) == 0o644  # not made a private file
    assert got and got[0].startswith(b"---\nrmtui: export\n" if verb == "export" else b"BEGIN:")


def test_a_link_to_a_file_is_followed_and_stays_a_link(ws: Workspace, tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    code, _, err = export(ws, str(link))
    assert code == 0 and err == f"wrote {real}\n"
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("---\nrmtui: export\n")


def test_a_dangling_link_and_a_folder_are_refused(ws: Workspace, tmp_path: Path) -> None:
    link = tmp_path / "nowhere.md"
    link.symlink_to(tmp_path / "missing" / "x.md")
    code, out, err = export(ws, str(link))
    assert (code, out) == (1, "") and "does not exist; nothing was written" in err
    assert link.is_symlink() and not (tmp_path / "missing").exists()

    folder = tmp_path / "folder"
    folder.mkdir()
    code, out, err = export(ws, str(folder))
    assert (code, out) == (1, "") and "is a folder" in err
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_the_digest_goes_through_a_fifo(ws: Workspace, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    assert export(ws, str(summary))[0] == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader, got = _read_fifo(fifo)
    code, out, err = cli(ws, "meetup", "digest", str(summary), "-o", str(fifo))
    reader.join(timeout=30)
    assert (code, out) == (0, ""), err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and got and got[0].startswith(b"# ")


def _run(
    ws: Workspace, *args: str, stdout: int | io.BufferedWriter
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    return subprocess.run(
        [sys.executable, "-m", "rmtui", "--workspace", str(ws.root), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
        check=False,
    )


def test_dev_stdout_is_written_through_whatever_stdout_is(ws: Workspace, tmp_path: Path) -> None:
    # A pipe: the export arrives on it.
    done = _run(ws, "export", ANNA_ID, "-o", "/dev/stdout", stdout=subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"---\nrmtui: export\n")
    # A file opened by the shell with >>: appended to, and still the file the shell opened.
    target = tmp_path / "log.md"
    target.write_bytes(b"earlier\n")
    inode = target.stat().st_ino
    with target.open("ab") as fh:
        done = _run(ws, "export", ANNA_ID, "-o", "/dev/stdout", stdout=fh)
    assert done.returncode == 0, done.stderr
    assert target.stat().st_ino == inode
    assert target.read_bytes().startswith(b"earlier\n---\nrmtui: export\n")

"""Erase: all or nothing, under the tandem's lock, while other rmtui processes write.

After an erase the mentee's name and every note text appear nowhere in the workspace;
writers that come after get "no tandem", never a recreated folder or backup.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from storekit import Cli, draft, note, session

import rmtui.store.erase as erase_module
from rmtui.core import messages
from rmtui.store import Workspace

MENTEE = "Henk Canarybird"
TID = "henk-canarybird"
SECRETS = (b"anarybird", b"canary-", b"canaryword")

WRITER = textwrap.dedent(
    """
    import os, subprocess, sys
    from pathlib import Path

    root, stop, kind, log = sys.argv[1:5]
    i = 0
    with open(log, "a", encoding="utf-8") as out:
        while not Path(stop).exists():
            i += 1
            if kind == "note":
                args = ["note", "add", "henk-canarybird/1", f"canary-{os.getpid()}-{i} note"]
            else:
                args = ["keyword", "add", "henk-canarybird", f"canaryword{os.getpid()}x{i}"]
            done = subprocess.run(
                [sys.executable, "-m", "rmtui", "--workspace", root, *args],
                capture_output=True, text=True,
            )
            out.write(f"{done.returncode}\\t{done.stderr.strip()!r}\\n")
            out.flush()
    """
)


def leftovers(root: Path) -> list[str]:
    """Everything under ``root`` that still belongs to the erased tandem."""
    found = []
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            if TID in name or name == ".erasing":
                found.append(str(path.relative_to(root)))
            elif path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(secret in data for secret in SECRETS):
                    found.append(str(path.relative_to(root)))
    return found


def fill(ws: Workspace, text: str = "canary-seed") -> None:
    tid = ws.add_tandem(draft(MENTEE)).id
    assert tid == TID
    n = ws.add_session(session(tid)).n
    ws.add_note(tid, n, note(text))
    ws.add_keywords(tid, ["canaryword"])  # the second write of tandem.json: a backup


@pytest.fixture
def writers(ws_root: Path, tmp_path: Path) -> Iterator[list[Path]]:
    """Three real processes running `rmtui note add` / `keyword add` in a loop."""
    stop = tmp_path / "stop"
    logs = [tmp_path / f"writer-{i}.log" for i in range(3)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(ws_root), str(stop), kind, str(log)],
            env={k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"},
        )
        for kind, log in zip(("note", "note", "keyword"), logs, strict=True)
    ]
    try:
        yield logs
    finally:
        stop.touch()
        for proc in procs:
            proc.wait(timeout=60)


def wait_for_a_writer(ws: Workspace) -> None:
    """Poll until a writer process has saved a note in the fresh tandem."""
    path = ws.layout.session_file(TID, 1)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if path.read_bytes().count(b"canary-") > 1:  # the seed and one writer's note
                return
        except FileNotFoundError:
            pass
        time.sleep(0.01)
    raise AssertionError("no writer saved a note")


def wait_for_a_refusal(logs: list[Path], timeout: float = 20.0) -> None:
    """Poll until a writer process has logged a run that was refused."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for log in logs:
            try:
                text = log.read_text(encoding="utf-8")
            except FileNotFoundError:
                continue
            if any(line and not line.startswith("0\t") for line in text.splitlines()):
                return
        time.sleep(0.01)
    raise AssertionError("no writer met the erased tandem")


def race(ws_root: Path, logs: list[Path], races: int) -> None:
    ws = Workspace(ws_root)
    cli = Cli(ws_root)
    for i in range(races):
        fill(ws, f"canary-seed-{i}")
        wait_for_a_writer(ws)
        code, _, err = cli("tandem", "erase", TID, "--yes")
        assert code == 0, err
        assert messages.ERASED.format(id=TID) in err
        # The writers keep running: none of them may put anything back.
        assert leftovers(ws_root) == [], f"race {i}"
        assert ws.tandem_ids() == []
        if i == 0:
            # Let at least one writer meet the erased tandem, so the refusal is checked
            # however the processes happen to be scheduled.
            wait_for_a_refusal(logs)
    wanted = (
        messages.NO_TANDEM.format(id=TID),
        messages.NO_SESSION.format(id=f"{TID}/1"),
    )
    lines = [line for log in logs for line in log.read_text().splitlines()]
    saved = sum(1 for line in lines if line.startswith("0\t"))
    refused = [line for line in lines if not line.startswith("0\t")]
    assert saved and refused
    for line in refused:
        assert "Traceback" not in line and any(w in line for w in wanted), line
    print(f"\n{races} erases raced {len(lines)} writer runs: {saved} saved, {len(refused)} refused")


def test_erase_under_running_writers_leaves_nothing(ws_root: Path, writers: list[Path]) -> None:
    race(ws_root, writers, 5)
    assert leftovers(ws_root) == []


@pytest.mark.slow
def test_fifty_erases_under_running_writers_leave_nothing(
    ws_root: Path, writers: list[Path]
) -> None:
    race(ws_root, writers, 50)
    assert leftovers(ws_root) == []


@pytest.mark.soak
def test_erase_under_running_writers_long_sweep(ws_root: Path, writers: list[Path]) -> None:
    race(ws_root, writers, 300)


# --- all or nothing -----------------------------------------------------------------------


def test_an_erase_that_cannot_start_erases_nothing(
    ws_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(ws_root)
    fill(ws)
    real_rename = os.rename

    def refuse(src: object, dst: object) -> None:
        if str(src) == str(ws.layout.tandem_dir(TID)):
            raise OSError(errno.EACCES, "Permission denied")
        real_rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(erase_module.os, "rename", refuse)
    code, _, err = Cli(ws_root)("tandem", "erase", TID, "--yes")
    assert code == 1
    assert "nothing was erased" in err and "erased tandem" not in err
    monkeypatch.undo()
    assert [n.text for n in ws.session(TID, 1).notes] == ["canary-seed"]
    assert ws.files.backups(TID).copies("tandem")  # the backups are back in place
    code, _, err = Cli(ws_root)("tandem", "erase", TID, "--yes")
    assert code == 0, err
    assert leftovers(ws_root) == []


def test_an_erase_that_stops_half_way_is_finished_by_a_retry(
    ws_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(ws_root)
    fill(ws)

    def broken(path: object, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(erase_module.shutil, "rmtree", broken)
    cli = Cli(ws_root)
    code, _, err = cli("tandem", "erase", TID, "--yes")
    assert code == 1
    assert "did not finish" in err and "again to finish" in err
    assert "erased tandem" not in err
    monkeypatch.undo()
    # Gone from every list and every verb, and its id is not reused while set aside.
    assert ws.tandem_ids() == []
    code, _, err = cli("note", "add", f"{TID}/1", "late")
    assert code == 1 and messages.NO_TANDEM.format(id=TID) in err
    code, _, err = cli("tandem", "erase", TID, "--yes")
    assert code == 0, err
    assert messages.ERASED.format(id=TID) in err
    assert messages.ERASE_EXPORTS_UNKNOWN not in err  # its log was read where it was set
    assert leftovers(ws_root) == []


# --- links: never followed ----------------------------------------------------------------


def test_erase_does_not_follow_a_linked_backups_folder(ws_root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / TID).mkdir(parents=True)
    keep = outside / TID / "tandem.1.json"
    keep.write_text("not rmtui's")
    ws = Workspace(ws_root)
    ws.add_tandem(draft(MENTEE))
    (ws_root / "backups").symlink_to(outside)
    code, _, err = Cli(ws_root)("tandem", "erase", TID, "--yes")
    assert code == 0, err
    assert "symbolic link" in err
    assert keep.read_text() == "not rmtui's"
    assert not ws.layout.tandem_dir(TID).exists()


def test_erase_removes_a_linked_backups_folder_of_the_tandem_without_following_it(
    ws_root: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    keep = outside / "tandem.1.json"
    keep.write_text("not rmtui's")
    ws = Workspace(ws_root)
    fill(ws)
    backups = ws.layout.backups(TID)
    for copy in backups.iterdir():
        copy.unlink()
    backups.rmdir()
    backups.symlink_to(outside)
    code, _, err = Cli(ws_root)("tandem", "erase", TID, "--yes")
    assert code == 0, err
    assert keep.read_text() == "not rmtui's"
    assert not os.path.lexists(backups)
    assert leftovers(ws_root) == []


# --- exports ------------------------------------------------------------------------------


def test_erase_names_the_exports_it_kept_and_removes_them_when_asked(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    fill(ws)
    cli = Cli(ws_root)
    code, _, err = cli("export", TID, "--kind", "session", "--session", "1")
    assert code == 0, err
    written = sorted((ws_root / "exports").iterdir())
    assert written
    code, _, err = cli("tandem", "erase", TID, "--yes")
    assert code == 0, err
    for path in written:
        assert str(path) in err
    assert f"erase {TID} --yes --with-exports" in err
    assert all(p.exists() for p in written)

    fill(ws)
    code, _, err = cli("export", TID, "--format", "json")
    assert code == 0, err
    json_files = [p for p in (ws_root / "exports").iterdir() if p.suffix == ".json"]
    code, _, err = cli("tandem", "erase", TID, "--yes", "--with-exports")
    assert code == 0, err
    for path in json_files:
        assert f"removed export {path}" in err
        assert not path.exists()
    # The earlier tandem's exports are its own: this erase did not know them.
    assert all(p.exists() for p in written)


def test_an_erase_killed_half_way_is_finished_before_the_id_is_given_again(
    ws_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(ws_root)
    fill(ws)

    def killed(path: object, *args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process stops between the rename and the delete

    monkeypatch.setattr(erase_module.shutil, "rmtree", killed)
    with pytest.raises(KeyboardInterrupt):
        ws.erase_tandem(TID)
    monkeypatch.undo()
    assert ws.tandem_ids() == []
    assert all(p.startswith(".erasing") for p in leftovers(ws_root))
    assert ws.add_tandem(draft(MENTEE)).id == TID  # a new tandem, not the old one's data
    assert all(p.startswith(f"tandems/{TID}") for p in leftovers(ws_root))
    assert not (ws_root / ".erasing").exists()
    assert ws.summary(TID).sessions == []


def test_erase_removes_the_notes_a_quit_kept_for_that_tandem_only(ws_root: Path) -> None:
    """Notes kept in ``recovery/`` when the mentor quit with unsaved notes hold note
    texts: erasing the tandem takes them too, and leaves another tandem's alone."""
    from datetime import UTC, datetime

    from rmtui.store import recovery

    ws = Workspace(ws_root)
    fill(ws)
    other = ws.add_tandem(draft("Anna Nowak")).id
    moment = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    mine = recovery.keep(ws.layout, TID, 1, [recovery.KeptNote("canaryword kept", 60.0)], moment)
    theirs = recovery.keep(ws.layout, other, 1, [recovery.KeptNote("theirs", 5.0)], moment)
    code, _, err = Cli(ws_root)("tandem", "erase", TID, "--yes")
    assert code == 0, err
    assert not mine.exists() and theirs.exists()
    assert [r.tandem_id for r in recovery.found(ws.layout)] == [other]
    assert leftovers(ws_root) == []

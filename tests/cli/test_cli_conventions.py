"""What a terminal user expects of the CLI: exit codes stated in --help (and a search
that matches nothing exits 1, as grep), notes and reflections from standard input or from
their own editor, shell completion scripts and a manual page that their tools accept."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmtui.cli import build_parser, main
from rmtui.store import Workspace

Capture = pytest.CaptureFixture[str]


def run(ws: Path, capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def running(ws_root: Path, capsys: Capture) -> Path:
    """A workspace whose tandem `ada` has session 1 running, with one note."""
    for argv in (
        ["tandem", "add", "--mentee", "Ada"],
        ["session", "plan", "ada", "--agenda", "kickoff"],
        ["session", "start", "ada/1"],
        ["note", "add", "ada/1", "the first note"],
    ):
        assert run(ws_root, capsys, *argv)[0] == 0
    return ws_root


def texts(ws: Path) -> list[str]:
    return [note.text for note in Workspace(ws).session("ada", 1).notes]


# --- help --------------------------------------------------------------------------------


def every_parser(
    parser: argparse.ArgumentParser, path: str = "rmtui"
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from every_parser(child, f"{path} {name}")


def test_every_option_and_argument_has_help() -> None:
    missing = [
        f"{path} {action.option_strings or action.dest}"
        for path, parser in every_parser(build_parser())
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction) and action.help is None
    ]
    assert missing == []


# --- exit codes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        ([], "2 usage error or bad input"),
        (["note", "add"], "1 error"),
        (["session", "reflect"], "1 error"),
        (["search"], "1 nothing matched (as grep)"),
    ],
)
def test_help_states_the_exit_codes(argv: list[str], says: str, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())  # help wraps to the terminal
    assert "exit status: 0 " in shown and says in shown


def test_bad_input_exits_2_an_error_1_a_search_without_match_1(
    running: Path, capsys: Capture
) -> None:
    code, out, err = run(running, capsys, "note", "add", "ada/1", "!   ")
    assert (code, out) == (2, "") and "note: is empty" in err
    assert run(running, capsys, "note", "add", "nobody/1", "x")[0] == 1
    with pytest.raises(SystemExit) as usage:
        main(["--workspace", str(running), "note", "add", "--kind", "gossip", "x"])
    assert usage.value.code == 2
    assert run(running, capsys, "search", "first")[0] == 0
    assert run(running, capsys, "search", "zebra")[:2] == (1, "")
    assert texts(running) == ["the first note"]


# --- standard input --------------------------------------------------------------------


def rmtui(
    ws: Path, *args: str, input: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("RMTUI_WORKSPACE", "VISUAL")}
    return subprocess.run(
        [sys.executable, "-m", "rmtui", "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        input=input,
        env={**environ, **env},
        timeout=60,
    )


def test_a_note_from_standard_input(running: Path) -> None:
    done = rmtui(running, "note", "add", "ada/1", "-", input="! call IT\nabout the groups\n")
    assert (done.returncode, done.stdout) == (0, "2\n"), done.stderr
    # No SESSION: the running one.
    assert rmtui(running, "note", "add", "-", input="a dash: -\n").returncode == 0
    notes = Workspace(running).session("ada", 1).notes
    assert [(n.kind, n.text) for n in notes[1:]] == [
        ("action", "call IT\nabout the groups"),
        ("note", "a dash: -"),
    ]
    empty = rmtui(running, "note", "add", "-", input="\n")
    assert empty.returncode == 2 and "note: is empty" in empty.stderr
    assert len(texts(running)) == 3


# --- the mentor's editor ---------------------------------------------------------------

EDITOR = """
import os, stat, sys
path = sys.argv[1]
with open(os.environ["EDIT_LOG"], "w") as log:
    log.write(f"{path}\\n{oct(stat.S_IMODE(os.stat(path).st_mode))}\\n{open(path).read()}")
text = os.environ.get("EDIT_TEXT")
if text is not None:
    with open(path, "w") as fh:
        fh.write(text)
sys.exit(int(os.environ.get("EDIT_EXIT", "0")))
"""


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scripted $EDITOR: logs the file it got (path, mode, text), writes $EDIT_TEXT."""
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    log = tmp_path / "edit.log"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.setenv("EDIT_LOG", str(log))
    return log


def test_note_edit_opens_the_editor_and_saves_on_close(
    running: Path, editor: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDIT_TEXT", "the first note, rewritten\nover two lines\n")
    assert run(running, capsys, "note", "edit", "ada/1", "1") == (0, "1\n", "")
    assert texts(running) == ["the first note, rewritten\nover two lines"]
    path, mode, before = editor.read_text(encoding="utf-8").split("\n", 2)
    # The temp file lived in the workspace, readable by the mentor only, and is gone.
    assert Path(path).parent == running and mode == "0o600"
    assert before == "the first note\n"
    assert not Path(path).exists()
    assert [p.name for p in running.iterdir() if p.name.startswith(".edit")] == []


@pytest.mark.parametrize(
    ("env", "code", "says"),
    [
        ({"EDIT_EXIT": "3"}, 1, "the editor exited with status 3: nothing saved"),
        ({"EDIT_TEXT": "whatever", "EDIT_EXIT": "1"}, 1, "nothing saved"),
        ({}, 0, "text unchanged: nothing saved"),
        ({"EDIT_TEXT": "  \n"}, 1, "empty text: nothing saved"),
    ],
)
def test_nothing_is_saved_when_the_editor_fails_or_nothing_changed(
    running: Path,
    editor: Path,
    capsys: Capture,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    code: int,
    says: str,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    done, out, err = run(running, capsys, "note", "edit", "ada/1", "1")
    assert (done, out) == (code, "") and says in err
    assert texts(running) == ["the first note"]
    assert [p.name for p in running.iterdir() if p.name.startswith(".edit")] == []


def test_without_an_editor_the_mentor_is_told_how(
    running: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    code, _, err = run(running, capsys, "note", "edit", "ada/1", "1")
    assert code == 1 and "set $VISUAL or $EDITOR" in err
    monkeypatch.setenv("EDITOR", "/no/such/editor")
    code, _, err = run(running, capsys, "note", "edit", "ada/1", "1")
    assert code == 1 and "editor not found: /no/such/editor" in err
    # A kind or privacy change alone opens no editor.
    assert run(running, capsys, "note", "edit", "ada/1", "1", "--private")[0] == 0
    assert run(running, capsys, "note", "edit", "ada/1", "9")[0] == 1  # no such note
    assert texts(running) == ["the first note"]


def test_visual_wins_over_editor(
    running: Path, editor: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", os.environ["EDITOR"])
    monkeypatch.setenv("EDITOR", "/no/such/editor")
    monkeypatch.setenv("EDIT_TEXT", "from VISUAL")
    assert run(running, capsys, "note", "edit", "ada/1", "1")[0] == 0
    assert texts(running) == ["from VISUAL"]


def test_the_reflection_from_the_editor_stdin_or_the_command_line(
    running: Path, editor: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def reflection() -> str:
        return Workspace(running).session("ada", 1).reflection

    monkeypatch.setenv("EDIT_TEXT", "went well: the mentee drove\n")
    code, out, err = run(running, capsys, "session", "reflect", "ada/1")
    assert (code, out, err) == (0, "", "rmtui: reflection of ada/1 saved\n")
    assert reflection() == "went well: the mentee drove"
    assert "went well" not in editor.read_text(encoding="utf-8")  # it opened empty
    # The editor opens on the reflection as it is.
    monkeypatch.setenv("EDIT_TEXT", "went well: the mentee drove\n")
    assert run(running, capsys, "session", "reflect", "ada/1")[0] == 0  # unchanged
    assert "went well: the mentee drove" in editor.read_text(encoding="utf-8")

    done = rmtui(running, "session", "reflect", "ada/1", "-", input="hard: time\n")
    assert done.returncode == 0 and reflection() == "hard: time"
    empty = rmtui(running, "session", "reflect", "ada/1", "-", input="")
    assert empty.returncode == 2 and reflection() == "hard: time"
    assert run(running, capsys, "session", "reflect", "ada/1", "")[:2] == (0, "")
    assert reflection() == ""


# --- completion and the manual page -------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_pass_their_shells_syntax_check(
    shell: str, tmp_path: Path, capsys: Capture
) -> None:
    pytest.importorskip("shtab")
    assert main(["completion", shell]) == 0
    script = tmp_path / f"rmtui.{shell}"
    script.write_text(capsys.readouterr().out, encoding="utf-8")
    assert "rmtui completion --ids tandems" in script.read_text(encoding="utf-8")
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    checked = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_bash_completes_verbs_and_ids_from_the_workspace(
    running: Path, tmp_path: Path, capsys: Capture
) -> None:
    pytest.importorskip("shtab")
    entry = Path(sys.executable).parent / "rmtui"
    if shutil.which("bash") is None or not entry.exists():
        pytest.skip("needs bash and the installed rmtui command")
    assert run(running, capsys, "completion", "--ids", "sessions") == (0, "ada/1\n", "")
    assert main(["completion", "bash"]) == 0
    script = tmp_path / "rmtui.bash"
    script.write_text(capsys.readouterr().out, encoding="utf-8")
    probe = (
        f"source {script}\n"
        'complete_line() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _shtab_rmtui;'
        ' echo "${COMPREPLY[*]}"; }\n'
        "complete_line rmtui se\n"
        "complete_line rmtui note list ''\n"
        "complete_line rmtui keyword list ''\n"
    )
    env = {**os.environ, "PATH": f"{entry.parent}:{os.environ['PATH']}"}
    env["RMTUI_WORKSPACE"] = str(running)
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, env=env)
    assert done.stdout.splitlines() == ["session search settings", "ada/1", "ada"], done.stderr


def test_the_manual_page_renders(capsys: Capture) -> None:
    pytest.importorskip("argparse_manpage")
    assert main(["man"]) == 0
    page = capsys.readouterr().out
    assert page.startswith(".TH RMTUI")
    if shutil.which("groff") is None:
        pytest.skip("groff is not installed")
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww"], input=page, capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stderr == ""
    shown = " ".join(re.sub(".\b", "", done.stdout).split())  # without overstrike bold
    for text in ("EXIT STATUS", "rmtui session reflect", "RMTUI_WORKSPACE", "nothing matched"):
        assert text in shown

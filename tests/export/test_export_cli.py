"""The CLI contract of ``rmtui export``, ``rmtui exports`` and ``rmtui import``."""

from __future__ import annotations

import io
import json
import os
import re
import stat
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from exportkit import fill_fixed

from rmtui.cli import main
from rmtui.core import messages as m
from rmtui.export import frontmatter
from rmtui.store import Workspace


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


ANNA = "anna-kowalska-lecka"


def test_default_file_is_dated_in_exports_0600_and_logged(ws: Workspace) -> None:
    code, out, err = cli(ws, "export", ANNA)
    # stdout is data, stderr is talk: the confirmation goes to stderr.
    assert (code, out) == (0, "")
    path = Path(err.removeprefix("wrote ").strip())
    assert path.parent == ws.layout.exports
    assert re.fullmatch(rf"{ANNA}-midpoint-\d{{4}}-\d\d-\d\d\.md", path.name)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    head, _ = frontmatter.split(path.read_text())
    assert head is not None and frontmatter.parse(head)["kind"] == "midpoint"
    # A second export the same day never overwrites the first.
    code, _, err = cli(ws, "export", ANNA)
    assert Path(err.removeprefix("wrote ").strip()).name == path.name.replace(".md", "-2.md")
    log = ws.exports(ANNA)
    assert [(r.kind, r.format, r.target) for r in log] == [
        ("midpoint", "md", str(path)),
        ("midpoint", "md", str(path).replace(".md", "-2.md")),
    ]


def test_stdout_formats_and_the_log(ws: Workspace, tmp_path: Path) -> None:
    code, out, _ = cli(ws, "export", ANNA, "--session", "1", "-o", "-")
    assert code == 0 and out.startswith("---\nrmtui: export\n") and "# Session 1 recap" in out
    code, out, _ = cli(ws, "export", ANNA, "--kind", "final", "-o", str(tmp_path / "f.html"))
    assert code == 0 and (tmp_path / "f.html").read_text().startswith("<!DOCTYPE html>")
    code, out, _ = cli(ws, "export", "--all", "--format", "json", "--anonymize", "-o", "-")
    assert code == 0 and [t["tandem"]["id"] for t in json.loads(out)["tandems"]] == [
        "cfo-finance",
        "plant-manager-operations",
    ]
    code, out, _ = cli(ws, "exports", ANNA, "--json")
    entries = json.loads(out)
    assert [
        (e["kind"], e["format"], e["target"], e["anonymized"], e["session"]) for e in entries
    ] == [
        ("session", "md", "-", False, 1),
        ("final", "html", str((tmp_path / "f.html").resolve()), False, None),
        ("data", "json", "-", True, None),
    ]
    code, out, _ = cli(ws, "exports", ANNA)
    assert code == 0 and "standard output" in out and "json (anonymized)" in out
    code, out, _ = cli(ws, "exports", "jan-de-boer")
    assert code == 0 and len(out.splitlines()) == 2  # header and the --all export


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "give a tandem ID or --all"),
        ((ANNA, "--all"), 2, "give a tandem ID or --all"),
        ((ANNA, "--kind", "midpoint", "--session", "1"), 2, m.EXPORT_SESSION_NEEDS_RECAP),
        (("--all", "--kind", "session"), 2, m.EXPORT_ALL_NO_RECAP),
        (("nobody",), 1, "no tandem 'nobody'"),
        ((ANNA, "--session", "9"), 1, "no session"),
    ],
)
def test_usage_errors_exit_2_and_other_errors_1(
    ws: Workspace, args: tuple[str, ...], code: int, message: str
) -> None:
    got, out, err = cli(ws, "export", *args)
    assert (got, out) == (code, "")
    assert message in err
    assert not ws.layout.exports.exists()


def test_output_into_a_folder_is_refused(ws: Workspace, tmp_path: Path) -> None:
    code, _, err = cli(ws, "export", ANNA, "-o", str(tmp_path))
    assert code == 1 and "is a folder" in err


def test_import_prints_the_new_ids(ws: Workspace, tmp_path: Path) -> None:
    file = tmp_path / "all.json"
    assert cli(ws, "export", "--all", "-o", str(file))[0] == 0
    other = Workspace(tmp_path / "other")
    code, out, _ = cli(other, "import", str(file))
    assert code == 0
    assert out.splitlines() == [
        f"imported {ANNA} (4 sessions, 11 notes)",
        "imported jan-de-boer (1 session, 2 notes)",
    ]
    code, _, err = cli(other, "import", str(tmp_path / "missing.json"))
    assert code == 1 and "missing.json" in err
    code, _, err = cli(other, "import", str(ws.layout.tandem_file(ANNA)))
    assert code == 1 and "not an rmtui JSON export" in err

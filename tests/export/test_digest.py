"""``rmtui meetup digest``: three mentors' real exports merged; bad files reported, skipped."""

from __future__ import annotations

import io
import os
import stat
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from exportkit import MD, NOW, fill_fixed, fill_third, fixed_clock, headings, section_items, tables
from test_golden import GOLDEN, UPDATE

from rmtui.cli import main
from rmtui.core import messages as m
from rmtui.export.digest import digest
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.store import Workspace


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("digest")
    one = Workspace(root / "one", now=fixed_clock)
    anna, jan = fill_fixed(one)
    two = Workspace(root / "two", now=fixed_clock)
    henk = fill_third(two)
    out: dict[str, Path] = {}

    def export(ws: Workspace, mentor: str, name: str, request: ExportRequest) -> None:
        path = root / name
        path.write_text(ExportService(ws, clock=fixed_clock, mentor=mentor).render(request).text)
        out[name] = path

    export(one, "Sam Jansen", "sam.md", ExportRequest((anna,)))
    export(one, "Iris Bakker", "iris-all.md", ExportRequest((anna, jan), anonymize=True))
    export(two, "", "henk.md", ExportRequest((henk,)))
    export(one, "Sam Jansen", "recap.md", ExportRequest((anna,), kind="session"))
    export(one, "Sam Jansen", "page.html", ExportRequest((anna,), format="html"))
    broken = out["sam.md"].read_text()
    (root / "broken.md").write_text(broken[: broken.index("tandems:") + 20])
    (root / "bomb.md").write_text("---\nrmtui: export\na: &a [x, x]\nb: [*a, *a]\n---\n")
    (root / "latin1.md").write_bytes("---\nrmtui: export\nmentor: Zoë\n---\n".encode("latin-1"))
    (root / "foreign.md").write_text("---\ntitle: My blog post\n---\n# Hello\n")
    (root / "wrong.md").write_text(
        "---\nrmtui: export\nschema: 1\nkind: midpoint\ntandems: 3\n---\n"
    )
    for name in ("broken.md", "bomb.md", "latin1.md", "foreign.md", "wrong.md"):
        out[name] = root / name
    return out


GOOD = ("sam.md", "iris-all.md", "henk.md")
BAD = ("recap.md", "page.html", "broken.md", "bomb.md", "latin1.md", "foreign.md", "wrong.md")


def test_digest_merges_the_good_and_names_each_bad_file(files: dict[str, Path]) -> None:
    names = [*GOOD, *BAD, "sam.md"]
    result = digest([(n, files[n].read_bytes()) for n in names], NOW)
    assert result.used == 3
    reasons = {s.name: s.reason for s in result.skipped}
    assert set(reasons) == {*BAD, "sam.md"}
    assert "'session'" in reasons["recap.md"]
    assert "front matter" in reasons["page.html"]
    assert "front matter cannot be read" in reasons["broken.md"]
    assert "alias" in reasons["bomb.md"] or "anchor" in reasons["bomb.md"]
    assert reasons["latin1.md"] == m.DIGEST_NOT_UTF8
    assert "'rmtui'" in reasons["foreign.md"]
    assert "'tandems'" in reasons["wrong.md"]
    assert "the same summary as sam.md" in reasons["sam.md"]

    tokens = MD.parse(result.markdown)
    assert [h for h in headings(tokens) if h[0] <= 2] == [
        (1, m.DIGEST_TITLE),
        (2, m.DIGEST_H_TANDEMS),
        (2, m.DIGEST_H_COVERED),
        (2, m.DIGEST_H_OPEN),
        (2, m.DIGEST_H_LEARNED),
        (2, m.DIGEST_H_QUESTIONS),
    ]
    progress, covered, open_ = tables(tokens)
    assert [row[:2] for row in progress[1:]] == [
        ["—", "Henk de Vries"],
        ["Iris Bakker", "CFO (Finance)"],
        ["Iris Bakker", "Plant manager (Operations)"],
        ["Sam Jansen", "Anna Kowalska-Łęcka"],
    ]
    assert covered[1] == ["LinkedIn", "3"]
    assert open_[1] == ["blockchain", "3"]
    assert (
        section_items(tokens, m.DIGEST_H_QUESTIONS)[0] == "How do other CFOs handle notifications?"
    )
    assert "*(4 tandems)*" in result.markdown
    learned = section_items(tokens, m.DIGEST_H_MENTEES_LEARNED)
    assert "Channels beat e-mail threads for shifts" in learned
    assert (
        "2 summaries from" not in result.markdown
        and "3 summaries from 3 mentors" in result.markdown
    )
    golden = GOLDEN / "digest.md"
    if UPDATE:
        golden.write_text(digest([(n, files[n].read_bytes()) for n in GOOD], NOW).markdown)
    assert digest([(n, files[n].read_bytes()) for n in GOOD], NOW).markdown == golden.read_text()


def test_summaries_saved_with_windows_line_ends_make_the_same_digest(
    files: dict[str, Path],
) -> None:
    as_sent = [(n, files[n].read_bytes()) for n in GOOD]
    windows = [(n, raw.replace(b"\n", b"\r\n")) for n, raw in as_sent]
    assert digest(windows, NOW).markdown == digest(as_sent, NOW).markdown


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_the_digest_and_exits_1_when_a_file_was_left_out(
    files: dict[str, Path], tmp_path: Path
) -> None:
    target = tmp_path / "digest.md"
    ws = ["--workspace", str(tmp_path / "ws")]
    paths = [str(files[n]) for n in (*GOOD, "broken.md")]
    code, out, err = _cli(
        *ws, "meetup", "digest", *paths, str(tmp_path / "missing.md"), "-o", str(target)
    )
    assert (code, out) == (1, "")
    assert f"\nwrote {target}\n" in err
    assert "broken.md: left out" in err and "missing.md: left out: cannot be read" in err
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_text().startswith(f"# {m.DIGEST_TITLE}\n")

    code, out, err = _cli(*ws, "meetup", "digest", *paths[:3], "-o", "-")
    assert (code, err) == (0, "")
    assert out.startswith(f"# {m.DIGEST_TITLE}\n")

    code, out, err = _cli(*ws, "meetup", "digest", *paths[:3])
    assert (code, out) == (0, "")
    assert err.startswith("wrote ") and "/exports/meetup-digest-" in err

    code, out, err = _cli(
        *ws, "meetup", "digest", str(files["recap.md"]), "-o", str(tmp_path / "x.md")
    )
    assert code == 1 and out == "" and m.DIGEST_NONE_GOOD in err
    assert not (tmp_path / "x.md").exists()

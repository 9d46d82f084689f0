"""The mentee's cheat sheet: a scripted tandem typed through the services, compared with
golden files, read back as Markdown, and printed on A4 where Chromium is at hand."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from exportkit import MD, NOW, memory_workspace, plain, service

from rmtui.core.refs import SessionRef
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.service.exports import ExportRequest
from rmtui.service.sessions import SessionService
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("RMTUI_UPDATE_GOLDEN") == "1"
TEMPLATE = Template(id="linkedin", title="LinkedIn", items=(TemplateItem("Profile", 30, ()),))
SESSIONS = [
    [
        "< a headline that says what you do beats a job title #LinkedIn",
        "? Who sees my likes on LinkedIn?",
        "* Henk changed his LinkedIn headline himself",
        "+ posts do best on Tuesday mornings #LinkedIn",
        "= feed: the stream of posts LinkedIn shows you first",
        "! post on LinkedIn",
        "~< how to hide that he is job hunting SECRET1",
        "~= secret: SECRET2",
        "+~ kept but private SECRET3",
        "? Is [my] *data* sold?",
    ],
    [
        "* switched the privacy settings to connections only",
        "< where the privacy settings hide",
        "= GDPR: the EU's data protection law, in force since 2018",
        "= feed: what LinkedIn shows first, newest or 'top'",
        "> how cross-docking works",
        "! read the privacy policy of one app",
    ],
]
ANSWERS = {
    "Who sees my likes on LinkedIn?": "Your connections, and their connections when one "
    "of them comments.",
    "Is [my] *data* sold?": "Not sold; used for ads. Settings → Advertising data.",
}


def lived(language: str = "") -> tuple[Workspace, str]:
    """Henk's tandem: two sessions typed, stopped and reviewed, a habit checked in;
    ``language``: the tandem's own (default: the mentor's, English here)."""
    ws = memory_workspace()
    fake = {"wall": NOW.timestamp()}
    sessions = SessionService(ws, wall=lambda: fake["wall"], mono=lambda: fake["wall"])
    life = TandemService(ws, lambda: NOW)
    tid = ws.add_tandem(
        TandemDraft(
            mentee="Henk de Vries",
            role="Head of Logistics",
            mentee_dept="Logistics",
            mentor_dept="Communications",
            language=language,
        )
    ).id
    life.add_keywords(tid, ["LinkedIn", "privacy", "blockchain"])
    habit = life.add_action(tid, "share one post from the team", habit="one post a week")
    secret = life.add_action(tid, "walk at lunch SECRET4", habit="daily", private=True)
    for lines in SESSIONS:
        ref = SessionRef(tid, sessions.plan(tid, TEMPLATE, NOW).n)
        sessions.start(ref)
        for line in lines:
            fake["wall"] += 60
            sessions.add_note(ref, line)
        sessions.stop(ref)
        for note in sessions.notes(ref):
            if note.kind == "question" and note.text in ANSWERS:
                sessions.answer_question(ref, note.id, ANSWERS[note.text])
        sessions.finish_review(ref)
        life.check_in(tid, habit.id, "tried" if ref.n == 1 else "done", session=ref.n)
        life.check_in(tid, secret.id, "stuck", note="SECRET5", session=ref.n)
    return ws, tid


def render(fmt: str, anonymize: bool = False, language: str = "") -> str:
    ws, tid = lived(language)
    request = ExportRequest((tid,), kind="cheatsheet", format=fmt, anonymize=anonymize)  # type: ignore[arg-type]
    return service(ws).render(request).text


@pytest.mark.parametrize("name", ["cheatsheet.md", "cheatsheet.txt", "cheatsheet.pl.md"])
def test_the_cheat_sheet_matches_its_golden_file(name: str) -> None:
    """In English, and in Polish for a tandem that speaks Polish (the mentor's interface
    stays English): headings, labels and dates in the tandem's language."""
    stem, fmt = name.rsplit(".", 1)
    text = render(fmt, language=stem.partition(".")[2])
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_nothing_private_and_no_name_when_anonymized() -> None:
    for fmt in ("md", "html", "txt", "json"):
        for anonymize in (False, True):
            text = render(fmt, anonymize)
            assert "SECRET" not in text, (fmt, anonymize)
            assert ("Henk" in text) is (not anonymize) or fmt == "json"
    assert "Head of Logistics (Logistics)" in render("md", anonymize=True)


def test_the_markdown_reads_back_as_topics_sections_and_entries() -> None:
    tokens = MD.parse(render("md"))
    outline: list[tuple[str, str]] = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            outline.append((token.tag, tokens[i + 1].content))
    assert outline == [
        ("h1", "Cheat sheet: Henk de Vries"),
        ("h2", "LinkedIn"),
        ("h3", "How to"),
        ("h3", "Questions and answers"),
        ("h3", "Done hands-on"),
        ("h3", "Good to know"),
        ("h2", "privacy"),
        ("h3", "How to"),
        ("h3", "Done hands-on"),
        ("h2", "Other topics"),  # notes of no keyword
        ("h3", "Questions and answers"),
        ("h2", "My habits and to-dos"),
        ("h2", "Glossary"),
    ]
    items = [plain(t) for t in tokens if t.type == "inline" and t.level == 3]
    # Questions read back with their answer; user text never becomes markup.
    assert "Not sold; used for ads. Settings → Advertising data." in items
    assert not [t for t in tokens if t.type == "inline" and "<em>" in t.content]
    strong = [
        c.content
        for t in tokens
        if t.type == "inline"
        for c in (t.children or [])
        if c.type == "text"
    ]
    assert "Is [my] *data* sold?" in strong
    # The later glossary entry of a term wins; terms in alphabetical order.
    text = render("md")
    glossary = text.split("## Glossary", 1)[1]
    assert glossary.index("feed") < glossary.index("GDPR")
    assert "newest or 'top'" in glossary and "stream of posts" not in glossary
    # The habit with how it went; the one-off open actions as to-dos.
    assert "(one post a week · \\~ ✓)" in text
    assert "- post on LinkedIn" in text and "- read the privacy policy of one app" in text
    assert "cross-docking" not in text  # what the mentor learned is not the mentee's sheet


def test_the_cli_writes_one_cheat_sheet_and_logs_it(
    rmtui: object, tmp_path: Path
) -> None:  # the ``rmtui`` fixture runs the real command
    run = rmtui  # type: ignore[assignment]
    tid = run("tandem", "add", "--mentee", "Anna Nowak", "--mentee-dept", "Finance",
              "--mentor-dept", "IT").stdout.strip()  # type: ignore[operator]  # fmt: skip
    out = tmp_path / "sheet.txt"
    done = run("export", tid, "--kind", "cheatsheet", "-o", str(out))  # type: ignore[operator]
    assert done.returncode == 0, done.stderr
    assert out.read_text().startswith("Cheat sheet: Anna Nowak\n")
    assert run("export", "--all", "--kind", "cheatsheet").returncode == 2  # type: ignore[operator]
    bad = run("export", tid, "--format", "txt")  # type: ignore[operator]
    assert bad.returncode == 2 and "cheat sheet only" in bad.stderr
    log = run("exports", tid, "--json").stdout  # type: ignore[operator]
    assert '"kind": "cheatsheet"' in log and '"format": "txt"' in log


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_the_html_prints_on_one_or_two_a4_pages(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("no Chromium here: the print of the cheat sheet to PDF is not checked")
    page = tmp_path / "sheet.html"
    page.write_text(render("html"), encoding="utf-8")
    pdf = tmp_path / "sheet.pdf"
    subprocess.run(
        [browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    pages = pdf.read_bytes().count(b"/Type /Page") - pdf.read_bytes().count(b"/Type /Pages")
    assert 1 <= pages <= 2


def test_the_summaries_show_each_habit_and_what_got_stuck() -> None:
    ws, tid = lived()
    life = TandemService(ws, lambda: NOW)
    stuck = life.add_action(tid, "answer every comment within a day")
    life.check_in(tid, stuck.id, "stuck", note="too many", session=2)
    for kind in ("midpoint", "final"):
        text = service(ws).render(ExportRequest((tid,), kind=kind)).text  # type: ignore[arg-type]
        habits = text.split("### Habits and check-ins", 1)[1].split("\n## ", 1)[0]
        assert "| share one post from the team | one post a week | \\~ ✓ | 1 to 2 |" in habits
        assert "| answer every comment within a day | — | ! | 2 to 2 |" in habits
        assert "- **stuck at the last check-in:** answer every comment within a day" in text
        assert "SECRET" not in text and "walk at lunch" not in text


def test_habits_and_check_ins_come_back_from_a_json_export(tmp_path: Path) -> None:
    file = tmp_path / "data.json"
    file.write_text(render("json"), encoding="utf-8")
    other = Workspace(tmp_path / "other", now=lambda: NOW)
    [done] = service(other).import_file(file)
    [habit] = [a for a in other.actions(done.tandem.id) if a.habit]
    assert (habit.text, habit.habit) == ("share one post from the team", "one post a week")
    assert [(c.session, c.state) for c in habit.checkins] == [(1, "tried"), (2, "done")]

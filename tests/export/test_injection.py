"""Hostile text in every field cannot break an export: parsed back with markdown-it-py,
each document has no HTML or image, no link but the web and e-mail addresses typed, the
expected headings in order, tables whose rows all have the header's cell count, and every
escaped piece renders back to itself."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from exportkit import (
    CET,
    MD,
    SessionSpec,
    add_session,
    flatten,
    headings,
    memory_workspace,
    promote,
    section_items,
    service,
    tables,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kit.sweep import sweep

from rmtui.core import messages as m
from rmtui.core.model import Action
from rmtui.core.tandems import MAX_KEYWORD, TandemDraft
from rmtui.core.text import one_line
from rmtui.export import frontmatter
from rmtui.export.digest import digest
from rmtui.service.exports import ExportRequest

HOSTILE = st.sampled_from(
    [
        "|", "\n", "#", ">", "`", "``", "<script>alert(1)</script>", "![](http://evil/x.png)",
        "[x](javascript:alert(1))", "*", "_", "~~", "&amp;", "- ", "1. ", "\\", "<http://e>",
        "---", "===", "\x1b[31m", "[/]", " ", ":", "'", '"', "{", "}",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=6)), max_size=8).map("".join)
# Fields that must not be empty get a plain letter, as the forms would insist on.
FIELD = TEXT.map(lambda t: f"{t} x")
ALLOWED_TAGS = {
    "a", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "h5", "h6", "p",
    "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "em", "strong", "code",
}  # fmt: skip


def norm(text: str) -> str:
    return " ".join(one_line(text).split())


def check_markdown(body: str) -> list:  # type: ignore[type-arg]
    tokens = MD.parse(body)
    kinds = {t.type for t in flatten(tokens)}
    assert not {"html_inline", "html_block", "image"} & kinds
    for t in flatten(tokens):  # only a web or e-mail address the mentor typed links
        if t.type == "link_open":
            href = str(t.attrGet("href"))
            assert href.startswith(("http://", "https://", "mailto:"))
            assert t.markup == "autolink" or href.startswith("mailto:"), t
    for table in tables(tokens):
        assert all(len(row) == len(table[0]) for row in table), table
    return tokens


@pytest.mark.parametrize("examples", sweep(120))
def test_hostile_text_renders_back_and_breaks_nothing(examples: int) -> None:
    at_most = settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    hostile = given(
        name=FIELD,
        role=TEXT,
        dept=TEXT,
        words=st.lists(FIELD.map(lambda t: t[-MAX_KEYWORD:]), min_size=1, max_size=3),
        titles=st.lists(FIELD, min_size=2, max_size=2),
        texts=st.lists(FIELD, min_size=7, max_size=7),
        mentor=TEXT,
    )
    at_most(hostile(hostile_text_renders_back))()


def hostile_text_renders_back(
    name: str,
    role: str,
    dept: str,
    words: list[str],
    titles: list[str],
    texts: list[str],
    mentor: str,
) -> None:
    ws = memory_workspace()
    start = date(2026, 1, 5)
    tid = ws.add_tandem(
        TandemDraft(mentee=name[-100:], role=role[:100], mentee_dept=dept[:100], start=start)
    ).id
    ws.add_keywords(tid, words)
    keywords = ws.keywords(tid)
    learned, taught, highlight, question, answer, action, item = texts
    for i, title in enumerate(titles):
        spec = SessionSpec(
            title,
            "agenda",
            datetime(2026, 1, 12, 15, tzinfo=CET) + timedelta(days=14 * i),
            [(item, True, False)],
            [
                (1, "mentor-learned", learned, False, "", [keywords[0].text]),
                (2, "mentee-learned", taught, False, "", []),
                (3, "highlight", highlight, False, "", []),
                (4, "question", question, False, answer if i else "", []),
                (5, "action", action, False, "", []),
            ],
        )
        promote(ws, tid, add_session(ws, tid, spec).n)
    ws.add_actions(tid, [Action(0, action, owner="mentor")])
    svc = service(ws)
    svc._mentor = mentor

    # --- midpoint summary -------------------------------------------------------------
    text = svc.render(ExportRequest((tid,), kind="midpoint")).text
    head, body = frontmatter.split(text)
    assert head is not None
    meta = frontmatter.parse(head)
    entry = meta["tandems"][0]
    assert entry["label"] == one_line(ws.tandem(tid).mentee)
    shown = [k for s in ("covered", "touched", "open") for k in entry["keywords"][s]]
    assert sorted(shown) == sorted(one_line(k.text) for k in keywords)
    tokens = check_markdown(body)
    assert headings(tokens) == [
        (1, f"{m.EXPORT_TITLE_MIDPOINT}: {norm(ws.tandem(tid).mentee)}"),
        (2, m.EXPORT_H_PROGRESS),
        (2, m.EXPORT_H_AGENDAS),
        (2, m.EXPORT_H_COVERAGE),
        (2, m.EXPORT_H_LEARNED),
        (3, m.EXPORT_H_MENTOR_LEARNED),
        (3, m.EXPORT_H_MENTEE_LEARNED),
        (2, m.EXPORT_H_HIGHLIGHTS),
        (2, m.EXPORT_H_HARD),
        (2, m.EXPORT_H_ACTIONS),
        (3, m.EXPORT_H_OPEN),
        (3, m.EXPORT_H_DONE),
        (2, m.EXPORT_H_ANSWERED),
        (2, m.EXPORT_H_QUESTIONS),
    ]
    agendas, coverage = tables(tokens)
    assert [row[2] for row in agendas[1:]] == [norm(t) for t in titles]
    assert sorted(row[0] for row in coverage[1:]) == sorted(norm(k.text) for k in keywords)
    assert section_items(tokens, m.EXPORT_H_MENTOR_LEARNED) == [norm(learned)] * 2
    assert section_items(tokens, m.EXPORT_H_MENTEE_LEARNED) == [norm(taught)] * 2
    assert section_items(tokens, m.EXPORT_H_HIGHLIGHTS) == [norm(highlight)] * 2
    assert section_items(tokens, m.EXPORT_H_QUESTIONS) == [norm(question)]
    assert section_items(tokens, m.EXPORT_H_OPEN) == [norm(action)] * 3
    assert section_items(tokens, m.EXPORT_H_ANSWERED) == [f"{norm(question)} → {norm(answer)}"]

    # --- the digest of it stays as safe -----------------------------------------------
    merged = digest([("a.md", text.encode())], datetime(2026, 3, 2, tzinfo=CET))
    assert merged.used == 1 and not merged.skipped
    dtokens = check_markdown(merged.markdown)
    assert section_items(dtokens, m.DIGEST_H_MENTORS_LEARNED) == [norm(learned)] * 2
    assert section_items(dtokens, m.DIGEST_H_QUESTIONS) == [norm(question)]
    assert tables(dtokens)[0][1][1] == norm(ws.tandem(tid).mentee)

    # --- session recap and final summary ------------------------------------------------
    _, recap = frontmatter.split(svc.render(ExportRequest((tid,), kind="session")).text)
    rtokens = check_markdown(recap)
    assert [h for h in headings(rtokens) if h[0] == 1] == [
        (1, m.EXPORT_TITLE_RECAP.format(n=2, title=norm(titles[1])))
    ]
    assert section_items(rtokens, m.EXPORT_H_AGENDA) == [norm(item)]
    _, final = frontmatter.split(svc.render(ExportRequest((tid,), kind="final")).text)
    ftokens = check_markdown(final)
    assert (2, m.EXPORT_H_KEYWORD_JOURNEY) in headings(ftokens)

    # --- HTML: only rmtui's own tags ------------------------------------------------------
    page = svc.render(ExportRequest((tid,), kind="midpoint", format="html")).text
    tags = {t.lower() for t in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", page)}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert "<script" not in page.lower()
    assert "src=" not in page  # rmtui writes no image
    hrefs = re.findall(r'href="([^"]*)"', page)  # and no link but a typed address
    assert all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs), hrefs

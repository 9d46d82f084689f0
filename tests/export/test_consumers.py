"""Exports read back by readers rmtui did not write: icalendar for the .ics, cmark-gfm
(GitHub's own engine) beside markdown-it-py for the Markdown, PyYAML with YAML 1.2's
number rules for the front matter."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta, timezone
from html import unescape
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import cmarkgfm
import icalendar
import pytest
import yaml
from exportkit import MD, fill_fixed
from hypothesis import given, settings
from hypothesis import strategies as st

from rmtui.core import messages as m
from rmtui.core.model import AgendaItem
from rmtui.core.planning import CarryOver, in_dst_gap, new_session, parse_planned_at
from rmtui.core.refs import SessionRef
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.export import frontmatter
from rmtui.export.escape import inline
from rmtui.service.calendar import session_calendar
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

CET = timezone(timedelta(hours=1))
STAMP = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
PRIVACY = Template(
    id="data-protection",
    title="Data protection",
    minutes=90,
    items=(TemplateItem("Settings tour", 40), TemplateItem("Own data", 35)),  # 75 of 90
)


def _workspace(root: Path, mentee: str = "Henk de Vries") -> tuple[Workspace, str]:
    ws = Workspace(root)
    tid = ws.add_tandem(TandemDraft(mentee=mentee, start=date(2026, 11, 2))).id
    return ws, tid


def _plan(ws: Workspace, tid: str, when: datetime, **kw: object) -> int:
    return ws.add_session(new_session(tid, PRIVACY, when, **kw)).n  # type: ignore[arg-type]


def _events(text: str) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(text)
    return [c for c in cal.walk("VEVENT")]


def _calendar(ws: Workspace, tid: str) -> str:
    text, _ = session_calendar(ws, tid, STAMP, {PRIVACY.id: PRIVACY}.get)
    return text


# --- iCalendar ------------------------------------------------------------------------------


def test_the_event_lasts_the_planned_session_not_its_carried_items(tmp_path: Path) -> None:
    ws, tid = _workspace(tmp_path / "ws")
    carried = CarryOver(
        session=1,
        items=[AgendaItem("Unfinished LinkedIn profile", 60, notes="carried from session 1")],
        actions=[],
    )
    _plan(ws, tid, datetime(2026, 12, 1, 15, tzinfo=CET), carried=carried)
    edited = [AgendaItem("Settings tour", 40), AgendaItem("Own data", 35), AgendaItem("Q&A", 30)]
    _plan(ws, tid, datetime(2026, 12, 15, 15, tzinfo=CET), items=edited)
    renamed = [AgendaItem("Privacy settings tour", 40), AgendaItem("Own data", 35)]
    _plan(ws, tid, datetime(2027, 1, 5, 15, tzinfo=CET), items=renamed)
    _plan(ws, tid, datetime(2027, 1, 19, 15, tzinfo=CET), items=[AgendaItem("Own data", 35)])
    first, second, third, fourth = _events(_calendar(ws, tid))
    # The template's 90 minutes, although its items and the carried one add up to 135.
    assert first["DTSTART"].dt == datetime(2026, 12, 1, 14, tzinfo=UTC)
    assert first["DTEND"].dt - first["DTSTART"].dt == timedelta(minutes=90)
    # The mentor extended the plan to 105 minutes: that is its length.
    assert second["DTEND"].dt - second["DTSTART"].dt == timedelta(minutes=105)
    # Renamed, same minutes: still the template's 90. One item dropped: 35.
    assert third["DTEND"].dt - third["DTSTART"].dt == timedelta(minutes=90)
    assert fourth["DTEND"].dt - fourth["DTSTART"].dt == timedelta(minutes=35)


def test_uids_are_unique_per_workspace_and_stable_across_exports(tmp_path: Path) -> None:
    mine, tid = _workspace(tmp_path / "mine")
    theirs, same_tid = _workspace(tmp_path / "theirs")
    assert tid == same_tid  # two mentors, each with a Henk de Vries
    for ws in (mine, theirs):
        _plan(ws, tid, datetime(2026, 12, 1, 15, tzinfo=CET))
    first = [str(e["UID"]) for e in _events(_calendar(mine, tid))]
    other = [str(e["UID"]) for e in _events(_calendar(theirs, tid))]
    assert not set(first) & set(other)
    assert [str(e["UID"]) for e in _events(_calendar(mine, tid))] == first
    id_file = tmp_path / "mine" / "workspace-id"
    assert id_file.stat().st_mode & 0o777 == 0o600


def test_a_changed_session_gets_a_higher_sequence(tmp_path: Path) -> None:
    ws, tid = _workspace(tmp_path / "ws")
    n = _plan(ws, tid, datetime(2026, 12, 1, 15, tzinfo=CET))
    (before,) = _events(_calendar(ws, tid))
    assert isinstance(before["LAST-MODIFIED"].dt, datetime)
    # Pretend the session file was last written an hour ago, then move the session.
    path = ws.layout.session_file(tid, n)
    old = path.stat().st_mtime - 3600
    os.utime(path, (old, old))
    (aged,) = _events(_calendar(ws, tid))

    SessionService(ws).replan(SessionRef(tid, n), planned_at=datetime(2026, 12, 2, 15, tzinfo=CET))
    (after,) = _events(_calendar(ws, tid))
    assert int(after["SEQUENCE"]) > int(aged["SEQUENCE"]) >= 0
    assert after["UID"] == before["UID"]
    assert after["DTSTART"].dt == datetime(2026, 12, 2, 14, tzinfo=UTC)


def test_times_are_utc_and_the_calendar_name_reads_as_written(tmp_path: Path) -> None:
    ws, tid = _workspace(tmp_path / "ws", mentee="Anna Kowalska-Łęcka, CFO; Finance\\Ops")
    _plan(ws, tid, datetime(2026, 12, 1, 15, tzinfo=CET))
    text = _calendar(ws, tid)
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["X-WR-CALNAME"]) == m.CALENDAR_NAME.format(
        mentee="Anna Kowalska-Łęcka, CFO; Finance\\Ops"
    )
    (event,) = cal.walk("VEVENT")
    # UTC, stated as such: every client shows it in its own zone.
    assert "\r\nDTSTART:20261201T140000Z\r\n" in text
    assert event["DTSTART"].dt.utcoffset() == event["DTEND"].dt.utcoffset() == timedelta(0)


def _has_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


needs_tzdata = pytest.mark.skipif(
    not _has_zone("Europe/Brussels"), reason="no time zone database here"
)


@needs_tzdata
def test_a_time_the_clocks_skip_moves_on_and_is_said() -> None:
    brussels = ZoneInfo("Europe/Brussels")
    assert in_dst_gap("2026-03-29 02:30", brussels)
    assert not in_dst_gap("2026-03-29 03:30", brussels)
    assert not in_dst_gap("2026-10-25 02:30", brussels)  # twice, not never
    moved = parse_planned_at("2026-03-29 02:30", brussels)
    assert moved == datetime(2026, 3, 29, 3, 30, tzinfo=brussels)
    assert moved.utcoffset() == timedelta(hours=2)


@needs_tzdata
def test_session_plan_warns_about_a_skipped_time(rmtui) -> None:  # type: ignore[no-untyped-def]
    tid = rmtui("tandem", "add", "--mentee", "Henk de Vries").stdout.strip()
    env = {"TZ": "Europe/Brussels"}
    # The last Sunday of March after the tandem's start (today): 02:00 -> 03:00.
    done = rmtui("session", "plan", tid, "--agenda", "kickoff", "--at", "2027-03-28 02:30", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{tid}/1\n"
    assert "2027-03-28 02:30 does not exist here" in done.stderr and "03:30" in done.stderr


# --- Markdown: GitHub's engine agrees with markdown-it-py -------------------------------------


def _gfm(markdown: str) -> str:
    return cmarkgfm.github_flavored_markdown_to_html(markdown)


def _hrefs(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'<a href="([^"]*)"', html)]


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()


def test_an_address_in_angle_brackets_links_without_a_stray_backslash() -> None:
    md = f"- {inline('see <https://example.org/a_b*c> and ana@example.org.')}\n"
    for html in (_gfm(md), MD.render(md)):
        assert _hrefs(html) == ["https://example.org/a_b*c", "mailto:ana@example.org"]
        assert "\\" not in html
        assert _text(html) == "see <https://example.org/a_b*c> and ana@example.org."


@pytest.mark.parametrize(
    "text", ["www.example.org", "ftp://files.example.org/x", "javascript:alert(1)", "http://"]
)
def test_nothing_else_links_in_either_engine(text: str) -> None:
    md = f"- {inline(text)}\n"
    for html in (_gfm(md), MD.render(md)):
        assert _hrefs(html) == [] and _text(html) == text


PIECES = st.sampled_from(
    [
        "<https://example.org/x_y>", "https://a.example/(b)", "x@y.example", "www.", "ftp://",
        "javascript:", "<b>", "![i](https://x/i.png)", "[l](https://x)", "# ", "| ", "*", "_",
        "`", "~~", "\\", "&amp;", "1. ", "- ", " ", ":", "//", ".", ")", "<", ">",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text("ab.-@:/ ", max_size=5)), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_gfm_and_markdown_it_show_the_same_text_and_links(text: str) -> None:
    md = f"- {inline(text)}\n"
    gfm, mdi = _gfm(md), MD.render(md)
    for html in (gfm, mdi):
        tags = set(re.findall(r"<\s*/?\s*([a-zA-Z0-9]+)", html))
        assert tags <= {"ul", "li", "a", "p"}, (text, html)  # no heading, image, raw HTML
        assert all(h.startswith(("http://", "https://", "mailto:")) for h in _hrefs(html))
    assert _hrefs(gfm) == _hrefs(mdi), (text, md)
    assert _text(gfm) == _text(mdi), (text, md)


def test_a_summary_renders_on_github_with_only_rmtuis_markup(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    anna, _ = fill_fixed(ws)
    svc = ExportService(ws, clock=lambda: datetime(2026, 3, 2, 9, 30, tzinfo=CET), mentor="Sam")
    _, body = frontmatter.split(svc.render(ExportRequest((anna,), kind="midpoint")).text)
    html = _gfm(body)
    assert not re.search(r"<(img|script|h[1-6][^>]*>\s*\\)", html)
    assert all(h.startswith(("http://", "https://", "mailto:")) for h in _hrefs(html))
    assert html.count("<h1>") == 1 and "<table>" in html


# --- front matter ---------------------------------------------------------------------------

# YAML 1.2 core schema's numbers and words: what ruamel.yaml, gray-matter and Hugo resolve.
_CORE_12 = re.compile(
    r"""[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+
    |[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
    |[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)
    |null|Null|NULL|~|true|True|TRUE|false|False|FALSE""",
    re.VERBOSE,
)


class NotAString:
    """What a YAML 1.2 reader makes of a plain ``1e3``, ``0o17``, ``true`` or ``null``."""


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML taught YAML 1.2's rule for numbers, booleans and null."""


Yaml12Loader.yaml_implicit_resolvers = {}
Yaml12Loader.add_implicit_resolver("!yaml12", _CORE_12, list("-+0123456789.ntfNTF~"))
Yaml12Loader.add_constructor("!yaml12", lambda loader, node: NotAString())


HOSTILE_LABELS = ["1e3", "0o17", "yes", "null", "2026-01-01", ".5", "0x1F", "+1", "~", "NO", ""]


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_front_matter_strings_stay_strings_for_yaml_11_and_12(tmp_path: Path, label: str) -> None:
    ws = Workspace(tmp_path / "ws")
    anna, _ = fill_fixed(ws)
    svc = ExportService(ws, clock=lambda: datetime(2026, 3, 2, 9, 30, tzinfo=CET), mentor=label)
    head, _ = frontmatter.split(svc.render(ExportRequest((anna,), kind="midpoint")).text)
    assert head is not None
    for loader in (yaml.SafeLoader, Yaml12Loader):
        meta = yaml.load(head, Loader=loader)
        assert meta["mentor"] == label
        assert isinstance(meta["date"], str) and meta["lang"] == "en"
        assert meta["title"].startswith(m.EXPORT_TITLE_MIDPOINT)
        assert isinstance(meta["tandems"][0]["period"]["from"], str)


def test_the_digest_reads_summaries_without_the_new_keys(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    anna, _ = fill_fixed(ws)
    svc = ExportService(ws, clock=lambda: datetime(2026, 3, 2, 9, 30, tzinfo=CET), mentor="Sam")
    new = svc.render(ExportRequest((anna,), kind="midpoint")).text
    old = re.sub(r"(?m)^(title|date|lang): .*\n", "", new)
    assert "\ntitle:" in new and "\ntitle:" not in old
    for text in (new, old):
        path = tmp_path / "summary.md"
        path.write_text(text)
        result = svc.digest([path])
        assert result.used and not result.skipped

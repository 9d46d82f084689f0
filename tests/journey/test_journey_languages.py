"""The same journey in Dutch, French, German and Polish, at 80x24.

A mentor makes rmtui speak their language (on the settings screen, or with
``rmtui settings set language xx``), starts it again, adds a tandem speaking that language,
holds the kick-off, plans session 1 from the template offered first (that language's
kick-off), takes a few timed notes, stops, and writes the recap. After each step: what the
workspace holds, and texts on the screen equal to the messages read in that language
(``rmtui.core.i18n``), never English written here. On every screen, the footer shows
whole keys. What the English journey proves already (the editor, search, the review's
answers) is left to it; text is pasted, so each language takes a few seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from journeykit import NOW, FakeTime, Journey, S, journey, reads, start_speaking
from markdown_it import MarkdownIt
from textual.widgets import Button, DataTable, Input, Markdown, Select

from rmtui.cli import main as rmtui
from rmtui.core import i18n, messages
from rmtui.store import Workspace
from rmtui.store.settings import load_settings
from rmtui.tui.modals.add_tandem import AddTandemModal
from rmtui.tui.modals.stop import StopModal
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.kickoff import KickoffScreen
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.plan import PlanScreen
from rmtui.tui.screens.review import ReviewScreen
from rmtui.tui.screens.settings import FIELDS, SettingsScreen
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.note_log import NoteLog

SIZE = (80, 24)
AGENDAS = Path(__file__).resolve().parents[2] / "agendas"


@dataclass(frozen=True)
class Mentor:
    """One mentor's run: their language, how they set it, their mentee and notes."""

    language: str
    by: str  # "settings screen" or "command line"
    name: str
    mentee: str
    tandem: str  # the mentee's id: transliterated
    interest: str  # what the mentee likes, said at the kick-off
    notes: tuple[tuple[str, str], ...]  # (what the mentor types, the kind it makes)
    also: tuple[str, str] | None = None  # a first mentee (name, id) in another script


MENTORS = [
    Mentor(
        "nl",
        "settings screen",
        "Pieter Claes",
        "Joëlle van den Bergh",
        "joelle-van-den-bergh",
        "zeilen",
        (
            ("* ze vond de privacy-instellingen zelf", "highlight"),
            ("! meldingen van de groep Gent uitzetten", "action"),
            ("? ziet mijn team wat ik like", "question"),
            ("> planners rekenen in palleturen", "mentor-learned"),
            ("< de kopregel telt meer dan de functietitel", "mentee-learned"),
        ),
    ),
    Mentor(
        "fr",
        "command line",
        "Amélie Dubois",
        "Hélène Lefèvre",
        "helene-lefevre",
        "la voile",
        (
            ("* elle a trouvé le réglage toute seule", "highlight"),
            ("! désactiver les notifications du groupe Liège", "action"),
            ("? mon équipe voit-elle mes « j'aime »", "question"),
            ("< le titre compte plus que le poste", "mentee-learned"),
        ),
    ),
    Mentor(
        "de",
        "settings screen",
        "Anja Köhler",
        "Jürgen Großmann",
        "jurgen-grossmann",
        "Segeln",
        (
            ("* hat die Einstellung selbst gefunden", "highlight"),
            ("! Benachrichtigungen der Gruppe Köln abschalten", "action"),
            ("> Disponenten rechnen in Palettenstunden", "mentor-learned"),
            ("? sieht mein Team, was ich like", "question"),
        ),
    ),
    Mentor(
        "pl",
        "command line",
        "Łucja Wiśniewska",
        "Małgorzata Wójcik",
        "malgorzata-wojcik",
        "żeglarstwo",
        (
            ("* sama znalazła ustawienia", "highlight"),
            ("! wyłączyć powiadomienia grupy Łódź", "action"),
            ("? czy mój zespół widzi moje polubienia", "question"),
            ("< nagłówek jest ważniejszy niż stanowisko", "mentee-learned"),
        ),
        also=("Олена Шевченко", "olena-shevchenko"),
    ),
]
SECONDS_BETWEEN_NOTES = 60


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every other test reads rmtui in English: the language spoken here ends here."""
    yield
    i18n.use_language(i18n.DEFAULT)


async def visit(j: Journey, kind: type[S]) -> S:
    """Wait for a screen of ``kind``; its footer keys read in the interface's language
    (whole: ``Journey.on`` notes those cut)."""
    screen = await j.on(kind)
    assert j.footer(), "the footer names keys"
    assert not j.unspoken_keys(), "footer keys in the interface's language"
    return screen


def kickoff_title(language: str) -> str:
    """The title of the bundled kick-off template in ``language``."""
    text = (AGENDAS / language / "kickoff.yaml").read_text(encoding="utf-8")
    title = yaml.safe_load(text)["title"]
    assert isinstance(title, str)
    return title


def language_name(code: str) -> str:
    return messages.LANGUAGE_NAMES[code]


# --- 1. The mentor makes rmtui speak their language; it does from the next start ---------


async def set_on_the_settings_screen(j: Journey, mentor: Mentor) -> None:
    home = await visit(j, HomeScreen)
    assert j.shown("#empty-title") == messages.TUI_EMPTY_TITLE
    await j.press("f2")
    form = await visit(j, SettingsScreen)
    assert j.screen.title == messages.TUI_SETTINGS_TITLE
    await j.until(lambda: not form.has_class("-loading"))
    await j.paste(mentor.name)
    await j.press(*["tab"] * len(FIELDS))  # past the other fields, to the theme
    assert j.focused is form.query_one("#theme", Select)
    await j.press("tab")
    assert j.focused is form.query_one("#language", Select)
    await j.choose(language_name(mentor.language))
    assert form.query_one("#language", Select).value == mentor.language
    await j.press("ctrl+s")
    assert await visit(j, HomeScreen) is home
    await j.until(lambda: messages.TUI_SETTINGS_SAVED in j.notices())


def set_on_the_command_line(ws: Workspace, mentor: Mentor) -> None:
    for key, value in (("mentor_name", mentor.name), ("language", mentor.language)):
        assert rmtui(["--workspace", str(ws.root), "settings", "set", key, value]) == 0


async def set_the_language(ws: Workspace, clock: FakeTime, mentor: Mentor) -> None:
    assert start_speaking(ws) == "en", "a new workspace: English"
    if mentor.by == "settings screen":
        async with journey(ws, SIZE, clock, stage=f"{mentor.language}-setting") as j:
            await set_on_the_settings_screen(j, mentor)
        assert not j.cut_keys, "footers show whole keys"
    else:
        set_on_the_command_line(ws, mentor)
    saved = load_settings(ws.layout.settings)
    assert (saved.mentor_name, saved.language) == (mentor.name, mentor.language)
    # The next start of rmtui speaks it.
    assert start_speaking(ws) == mentor.language
    assert i18n.interface_language() == mentor.language


# --- 2. A tandem speaking the language, its mentee's name as typed -----------------------


async def add_tandem(j: Journey, name: str, tandem_id: str, language: str) -> None:
    home = await visit(j, HomeScreen)
    await j.press("a")
    form = await visit(j, AddTandemModal)
    assert form.query_one("#add-tandem").border_title == messages.TUI_ADD_TITLE
    assert j.focused is form.query_one("#mentee", Input)
    await j.paste(name)
    await j.press(*["tab"] * len(form.fields))  # past the other fields, to the language
    await j.choose(language_name(language))
    assert form.query_one("#language", Select).value == language
    await j.press("ctrl+s")
    assert await visit(j, HomeScreen) is home
    await j.settle()
    await j.until(lambda: j.app.selected_id == tandem_id)

    tandem = j.ws.tandem(tandem_id)
    assert (tandem.mentee, tandem.language) == (name, language)
    assert j.shown("#profile-name") == name, "the name as typed"
    assert messages.TUI_TANDEM_ADDED.format(mentee=name) in j.notices()
    assert home.sub_title == i18n.gettext("Tandems")


# --- 3. Kick-off, then session 1 planned from the kick-off in the tandem's language ------


async def kickoff(j: Journey, mentor: Mentor) -> None:
    await j.press("t")
    tandem = await visit(j, TandemScreen)
    await j.settle()
    assert j.screen.title == mentor.mentee
    await j.press("k")
    form = await visit(j, KickoffScreen)
    assert j.screen.title == messages.TUI_KICKOFF_TITLE
    assert j.focused is form.query_one("#ko-mentee_interests", Input)
    await j.paste(mentor.interest)
    await j.press("ctrl+s")
    assert await visit(j, TandemScreen) is tandem
    await j.settle()
    await j.press("1")  # the sessions tab
    await j.until(lambda: tandem.active_tab == "sessions")

    assert j.ws.tandem(mentor.tandem).mentee_interests == mentor.interest
    sessions = j.ws.summary(mentor.tandem).sessions
    assert [s.n for s in sessions] == list(range(1, 11)), "every session of the frame, dated"
    table = tandem.query_one("#session-table", DataTable)
    await j.until(lambda: table.row_count > 0)
    assert reads(str(table.get_row_at(0)[3]), messages.TUI_NO_AGENDA_YET), "at 80 columns"
    await j.settle()
    # The language's dates are longer than English ones: the titles give way, not the table.
    assert table.virtual_size.width <= table.scrollable_content_region.width


async def plan_and_start(j: Journey, mentor: Mentor) -> LiveScreen:
    await j.press("p")
    plan = await visit(j, PlanScreen)
    await j.until(lambda: plan.data is not None)
    assert plan.data is not None and plan.data.target.n == 1
    assert j.screen.title == messages.TUI_PLAN_TITLE
    top = plan.data.ranked[0].template
    assert (top.id, top.title) == ("kickoff", kickoff_title(mentor.language)), "offered first"
    assert j.focused is plan.query_one("#plan-templates")
    await j.press("enter")  # this template; on to its items
    await j.press("f5")  # start now
    live = await visit(j, LiveScreen)
    await j.until(lambda: live.session is not None and live.session.status == "running")
    assert j.screen.title == messages.TUI_LIVE_TITLE
    session = j.ws.session(mentor.tandem, 1)
    assert (session.agenda_id, session.title) == ("kickoff", kickoff_title(mentor.language))
    return live


# --- 4. Timed notes of every kind, stop, the review ---------------------------------------


async def take_notes(j: Journey, live: LiveScreen, mentor: Mentor) -> None:
    note_input = live.query_one("#note-input", Input)
    for line, _kind in mentor.notes:
        j.time.advance(SECONDS_BETWEEN_NOTES)
        await j.paste(line)
        await j.press("enter")
    await j.until(lambda: len(j.ws.session(mentor.tandem, 1).notes) == len(mentor.notes))
    await j.until(lambda: not live.drafts and not live._jobs.busy)
    await j.settle()

    notes = j.ws.session(mentor.tandem, 1).notes
    assert [(n.kind, n.text) for n in notes] == [(k, line[2:]) for line, k in mentor.notes]
    assert [n.elapsed for n in notes] == [
        SECONDS_BETWEEN_NOTES * (i + 1) for i in range(len(notes))
    ]
    assert j.focused is note_input
    log = live.query_one(NoteLog)
    assert log.border_title == messages.TUI_NOTES_TITLE.format(count=len(notes))
    j.look("notes-taken")


async def stop(j: Journey, mentor: Mentor) -> ReviewScreen:
    await j.press("f10")
    await visit(j, StopModal)
    await j.until(lambda: isinstance(j.focused, Button))
    default = j.focused
    assert isinstance(default, Button) and str(default.label) == messages.TUI_STOP_GO_ON
    assert j.footer()["escape"] == messages.TUI_STOP_GO_ON
    await j.press("f10")  # f10 again: stop
    review = await visit(j, ReviewScreen)
    await j.until(lambda: review.session is not None)
    assert j.screen.title == messages.TUI_REVIEW_TITLE
    assert j.ws.session(mentor.tandem, 1).status == "done"
    return review


# --- 5. The recap, in the tandem's language ----------------------------------------------


def read(markdown: str) -> tuple[list[str], str]:
    """A Markdown document as its reader sees it: its headings, and all its text."""
    tokens = MarkdownIt().parse(markdown)
    lines: list[str] = []
    headings: list[str] = []
    for before, token in pairwise(tokens):
        if token.type != "inline":
            continue
        line = "".join(c.content for c in token.children or () if c.type in ("text", "code_inline"))
        lines.append(line)
        if before.type == "heading_open":
            headings.append(line)
    return headings, "\n".join(lines)


def recap_in(language: str, title: str) -> tuple[list[str], str]:
    """The headings a recap of session 1 has in ``language``, and the day it took place."""
    with i18n.speaking(language):
        expected = [
            messages.EXPORT_TITLE_RECAP.format(n=1, title=title),
            messages.EXPORT_H_AGENDA,
            messages.EXPORT_H_HIGHLIGHTS,
            messages.EXPORT_H_RECAP_QUESTIONS,
            messages.EXPORT_H_ACTIONS,
            messages.EXPORT_H_LEARNED,
            messages.EXPORT_H_MENTOR_LEARNED,
            messages.EXPORT_H_MENTEE_LEARNED,
            messages.EXPORT_H_KEYWORDS_TOUCHED,
            messages.EXPORT_H_NEXT,
        ]
        month = messages.MONTH_SHORT[NOW.month - 1]
        held = messages.DATE_LABEL.format(day=NOW.day, month=month, year=NOW.year)
    return expected, held


async def write_the_recap(j: Journey, mentor: Mentor) -> None:
    await j.press("f9")
    export = await visit(j, ExportScreen)
    assert j.screen.title == messages.EXPORT_TUI_TITLE
    title = kickoff_title(mentor.language)
    expected, held = recap_in(mentor.language, title)

    def preview() -> str:
        return export.query_one("#export-preview", Markdown).source

    await j.until(lambda: expected[0] in preview())
    await j.press("ctrl+s")
    await j.until(lambda: export.written is not None)
    recap = export.written
    assert recap is not None and str(recap) in j.shown("#export-path")
    assert messages.EXPORT_TUI_WROTE.format(path=recap) in j.notices()
    j.look("recap-written")

    text = recap.read_text(encoding="utf-8")
    front, _, body = text.removeprefix("---\n").partition("\n---\n")
    meta = yaml.safe_load(front)
    assert (meta["lang"], meta["mentor"]) == (mentor.language, mentor.name)
    headings, shown = read(body)
    assert headings == expected
    assert held in shown, "the day it took place, in the tandem's words"
    for line, _kind in mentor.notes:
        assert line[2:] in shown


# --- the journey ---------------------------------------------------------------------------


@pytest.mark.parametrize("mentor", MENTORS, ids=[m.language for m in MENTORS])
async def test_the_journey_in(empty_ws: Workspace, clock: FakeTime, mentor: Mentor) -> None:
    await set_the_language(empty_ws, clock, mentor)
    async with journey(empty_ws, SIZE, clock, stage=mentor.language) as j:
        await visit(j, HomeScreen)
        assert j.shown("#empty-title") == messages.TUI_EMPTY_TITLE, "its first words"
        if mentor.also:
            name, tandem_id = mentor.also
            await add_tandem(j, name, tandem_id, mentor.language)
        await add_tandem(j, mentor.mentee, mentor.tandem, mentor.language)
        await kickoff(j, mentor)
        live = await plan_and_start(j, mentor)
        await take_notes(j, live, mentor)
        await stop(j, mentor)
        await write_the_recap(j, mentor)
    assert not j.cut_keys, "footers show whole keys"

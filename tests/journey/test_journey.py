"""A mentor's whole tandem life in the TUI, from an empty workspace to a written recap and
midpoint summary, and a reopen that finds everything as it was.

Only keys a mentor presses (and a paste where a mentor would type a long line). After each
step: what the workspace holds (read back through the store) and what the screen shows.
The steps are told once, in order, below; each test plays one stage of the story (first
launch; session 1 to its recap; the reopen) in a fresh start of the app, from where the
stage before left the workspace (kept by its test, or walked again with the same keys), so
a stage that breaks fails alone. Key counts of the main flows are printed at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from journeykit import NOW, SIZES, FakeTime, Journey, count, play
from textual.widgets import Button, DataTable, Input, Markdown, OptionList, TextArea

from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from rmtui.store.settings import load_settings
from rmtui.tui.modals.add_tandem import AddTandemModal, EditProfileModal
from rmtui.tui.modals.stop import StopModal
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.kickoff import KickoffScreen
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.plan import PlanScreen
from rmtui.tui.screens.review import ReviewScreen
from rmtui.tui.screens.search import SearchScreen
from rmtui.tui.screens.settings import SettingsScreen
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.note_log import NoteLog
from rmtui.tui.widgets.plan_items import ItemEditor

# The stages keep their workspaces for the next stage in this process: one worker plays
# them all.
pytestmark = pytest.mark.xdist_group("journey")

MENTOR = "Łucja Wiśniewska"
MENTEE = "Grzegorz Brzęczyszczykiewicz"
TANDEM = "grzegorz-brzeczyszczykiewicz"  # the id: transliterated
KEYWORDS = ["LinkedIn", "prywatność", "big data"]


def table_rows(table: DataTable[object]) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


# --- 1. First launch: who the mentor is, and where the program's agendas live -----------


async def settings(j: Journey) -> None:
    home = await j.on(HomeScreen)
    assert "f2 opens your settings" in j.shown("#empty-settings")
    await j.press("f2")
    form = await j.on(SettingsScreen)
    assert j.focused is form.query_one("#mentor-name", Input)
    await j.paste(MENTOR)
    await j.press("tab")
    await j.paste("Komunikacja")
    await j.press("tab")
    await j.paste("https://git.example.org/program/agendas.git")
    await j.press("tab")
    await j.type("main")
    await j.press("ctrl+s")
    assert await j.on(HomeScreen) is home
    await j.until(lambda: "Settings saved" in j.notices())
    assert not home.query_one("#empty-settings").display, "it knows the mentor now"

    saved = load_settings(j.ws.layout.settings)
    assert (saved.mentor_name, saved.mentor_dept) == (MENTOR, "Komunikacja")
    assert (saved.agenda_repo, saved.branch) == (
        "https://git.example.org/program/agendas.git",
        "main",
    )


# --- 2. A tandem with a Polish name, its profile edited later ----------------------------


async def add_tandem(j: Journey) -> None:
    await j.press("a")
    form = await j.on(AddTandemModal)
    assert j.focused is form.query_one("#mentee", Input)
    assert form.query_one("#mentor-dept", Input).value == "Komunikacja", "from the settings"
    await j.paste(MENTEE)
    await j.press("tab")
    await j.paste("Kierownik")
    await j.press("tab")
    await j.paste("Logistyka")
    await j.press("enter")
    home = await j.on(HomeScreen)
    await j.settle()

    [summary] = j.ws.scan().summaries
    tandem = summary.tandem
    assert (tandem.id, tandem.mentee, tandem.role) == (TANDEM, MENTEE, "Kierownik")
    assert (tandem.mentee_dept, tandem.mentor_dept) == ("Logistyka", "Komunikacja")
    assert (tandem.frame.sessions, tandem.frame.months) == (10, 6)
    assert tandem.start == NOW.date()
    assert j.app.selected_id == TANDEM
    assert j.shown("#profile-name") == MENTEE, "the whole name, at 80 columns too"
    assert home.focused is home.query_one("#tandems")


async def edit_profile(j: Journey) -> None:
    await j.press("t")
    tandem = await j.on(TandemScreen)
    await j.settle()
    await j.press("5")
    await j.until(lambda: tandem.active_tab == "profile")
    assert j.footer().get("e") == "Edit", "the profile says how to edit it"
    await j.press("e")
    form = await j.on(EditProfileModal)
    assert form.query_one("#mentee", Input).value == MENTEE
    await j.press("tab")  # the role, selected: typing replaces it
    await j.paste("Dyrektor logistyki")
    await j.press("tab")
    await j.paste("Logistyka i zakupy")
    await j.press("ctrl+s")
    assert await j.on(TandemScreen) is tandem
    await j.until(lambda: j.shown("#p-role") == "Dyrektor logistyki")
    assert j.shown("#p-mentee-dept") == "Logistyka i zakupy"
    assert j.shown("#p-mentee") == MENTEE

    saved = j.ws.tandem(TANDEM)
    assert (saved.role, saved.mentee_dept) == ("Dyrektor logistyki", "Logistyka i zakupy")
    assert saved.mentee == MENTEE and saved.mentor_dept == "Komunikacja"


# --- 3. Kick-off: what each wants to learn, the keyword list, the dates -----------------


async def kickoff(j: Journey) -> None:
    await j.press("k")
    form = await j.on(KickoffScreen)
    assert j.focused is form.query_one("#ko-mentee_interests", Input)
    dates = [form.query_one(f"#ko-date-{i}", Input).value for i in range(1, 11)]
    assert dates[0] == "2025-03-10 15:00", "the first session: the tandem's start, at 15:00"
    await j.paste("żeglarstwo")
    await j.press("enter")  # on to the next answer
    assert j.focused is form.query_one("#ko-mentee_skills", Input)
    await j.press("enter", "enter", "enter")  # their skills, your interests, your skills
    assert j.focused is form.query_one("#ko-expectations", Input)
    await j.paste("Pisać na LinkedIn bez stresu")
    await j.press("enter")
    await j.paste("Jak działa magazyn")
    await j.press("tab")
    assert j.focused is form.query_one("#ko-keywords", TextArea)
    await j.paste("\n".join(KEYWORDS))
    await j.press("ctrl+s")
    tandem = await j.on(TandemScreen)
    await j.settle()
    await j.press("1")  # back to the sessions tab
    await j.until(lambda: tandem.active_tab == "sessions")

    saved = j.ws.tandem(TANDEM)
    assert (saved.mentee_interests, saved.expectations) == (
        "żeglarstwo",
        "Pisać na LinkedIn bez stresu",
    )
    assert saved.mentor_expectations == "Jak działa magazyn"
    assert [k.text for k in j.ws.keywords(TANDEM)] == KEYWORDS
    sessions = j.ws.summary(TANDEM).sessions
    assert [s.n for s in sessions] == list(range(1, 11)), "every session of the frame, dated"
    assert [f"{s.planned_at:%Y-%m-%d %H:%M}" for s in sessions] == dates
    assert all(s.status == "planned" and not s.agenda_id for s in sessions)
    # The tandem screen lists them, session 1 highlighted.
    table = tandem.query_one("#session-table", DataTable)
    rows = table_rows(table)
    assert [r[1] for r in rows if r[1]] == [str(n) for n in range(1, 11)]
    assert any(r[3].startswith("midpoint") for r in rows), "the meetup has its row"
    assert table.cursor_row == 0 and rows[0][3] == "no agenda yet"
    assert j.focused is table


# --- 4. Session 1: its agenda from a template, started now, timed notes, stop -----------

# (what the mentor types, kind, private, keywords found)
NOTES: list[tuple[str, str, bool, list[str]]] = [
    ("* sam znalazł", "highlight", False, []),
    ("! wyłączyć powiadomienia grupy Łódź do piątku", "action", False, []),
    ("> planiści liczą w paletogodzinach", "mentor-learned", False, []),
    ("< nagłówek jest ważniejszy niż stanowisko", "mentee-learned", False, []),
    ("? czy mój zespół widzi moje polubienia na LinkedIn", "question", False, ["LinkedIn"]),
    ("~ przyznaje, że prywatność to dla niego czarna magia", "note", True, ["prywatność"]),
    (
        "big data w magazynie: skanery już zbierają dane o każdej palecie, "
        "a nikt ich nie czyta; " * 14,
        "note",
        False,
        ["big data"],
    ),
    ("ostatnia notatka jest widoczna", "note", False, []),
]
SECONDS_BETWEEN_NOTES = 45


async def plan_session_1(j: Journey) -> None:
    await j.on(TandemScreen)
    j.keys.mark("planned session")
    await j.press("p")  # on the highlighted session: session 1
    plan = await j.on(PlanScreen)
    await j.until(lambda: plan.data is not None)
    assert plan.data is not None and plan.data.target.n == 1
    assert plan.query_one("#plan-at", Input).value == "2025-03-10 15:00", "its own date"
    assert "session 1" in str(plan.sub_title)
    assert j.focused is plan.query_one("#plan-templates")
    top = plan.data.ranked[0]
    assert top.covers, "a template on a still-open keyword comes first"
    await j.press("enter")  # this template; on to its items
    editor = plan.query_one(ItemEditor)
    assert j.focused is editor
    assert editor.display and editor.items
    assert not any("follow-up" in i.title.casefold() for i in editor.items), "nothing to follow"
    first = editor.items[0]
    await j.press("minus")  # five minutes less on the first item
    assert editor.items[0].minutes == first.minutes - 5
    items = [(i.title, i.minutes) for i in editor.items]

    await j.press("f5")  # start now
    live = await j.on(LiveScreen)
    await j.until(lambda: live.session is not None and live.session.status == "running")
    assert live.ref == SessionRef(TANDEM, 1)
    assert j.focused is live.query_one("#note-input", Input)
    session = j.ws.session(TANDEM, 1)
    assert session.agenda_id == top.template.id
    assert [(i.title, i.minutes) for i in session.items] == items
    assert session.planned_at == NOW, "dated now, not at 15:00"
    infos = j.ws.summary(TANDEM).sessions
    assert len(infos) == 10, "no session 11"
    assert infos[1].planned_at is not None and f"{infos[1].planned_at:%H:%M}" == "15:00"


async def take_notes(j: Journey) -> None:
    live = j.screen
    assert isinstance(live, LiveScreen)
    note_input = live.query_one("#note-input", Input)
    log = live.query_one(NoteLog)
    for n, (line, _kind, _private, _words) in enumerate(NOTES):
        j.time.advance(SECONDS_BETWEEN_NOTES)
        if n == 0:
            await j.type(line)  # the first one key by key
        else:
            await j.paste(line)
        await j.press("enter")
        if n == 0:
            await j.until(lambda: len(j.ws.session(TANDEM, 1).notes) == 1)
            count(f"empty workspace -> first timed note ({j.size_id})", j.keys, "empty workspace")
            count(f"planned session -> first note ({j.size_id})", j.keys, "planned session")
        assert j.focused is note_input and note_input.value == ""
    await j.until(lambda: len(j.ws.session(TANDEM, 1).notes) == len(NOTES))
    await j.until(lambda: not live.drafts and not live._jobs.busy)
    await j.settle()

    notes = j.ws.session(TANDEM, 1).notes
    assert [(n.kind, n.private, n.keywords) for n in notes] == [
        (kind, private, words) for _line, kind, private, words in NOTES
    ]
    assert [n.elapsed for n in notes] == [
        SECONDS_BETWEEN_NOTES * (i + 1) for i in range(len(NOTES))
    ], "each stamped with the session clock when Enter was pressed"
    assert notes[1].text == "wyłączyć powiadomienia grupy Łódź do piątku", "the prefix is the kind"
    # The log follows the newest note, even after a very long one.
    assert log.border_title == f"Notes · {len(NOTES)}"
    assert "ostatnia notatka jest widoczna" in j.shown("#note-lines")
    await j.until(lambda: log.scroll_y >= log.max_scroll_y - 1)
    assert log.max_scroll_y > 0, "the notes fill more than the panel"
    # Scrolled back from the input, which keeps the focus; page down follows again.
    await j.press("pageup")
    await j.until(lambda: log.scroll_y < log.max_scroll_y - 1)
    assert j.focused is note_input
    await j.press("pagedown", "pagedown", "pagedown")
    await j.until(lambda: log.scroll_y >= log.max_scroll_y - 1)
    assert {"f4", "escape"} <= set(j.footer()), "skip and leave are in the footer"
    j.look("notes-taken")


async def stop(j: Journey) -> None:
    j.time.advance(60)
    j.keys.mark("stop")
    await j.press("f10")
    dialog = await j.on(StopModal)
    await j.until(lambda: isinstance(j.focused, Button))
    default = j.focused
    assert isinstance(default, Button) and str(default.label) == "Go on", "the safe default"
    assert default.variant == "primary" and j.footer()["escape"] == "Go on"
    assert dialog.query_one("#yes", Button).variant == "default", "one coloured button"
    await j.press("f10")  # f10 again: stop
    review = await j.on(ReviewScreen)
    await j.until(lambda: review.session is not None)
    done = j.ws.session(TANDEM, 1)
    assert done.status == "done"
    assert done.clock.banked == SECONDS_BETWEEN_NOTES * len(NOTES) + 60
    assert j.focused is review.query_one("#review-notes", OptionList)
    assert review.query_one("#review-notes", OptionList).option_count == len(NOTES)
    # The `!` note is one of the tandem's actions now, to follow up next time.
    assert [a.text for a in j.ws.summary(TANDEM).actions] == [
        "wyłączyć powiadomienia grupy Łódź do piątku"
    ]


# --- 5. Right after: the review, the recap, the midpoint summary -----------------------

ANSWER = "Tylko to, co publikujesz, i polubienia publicznych postów."
REFLECTION = "Prowadził sam przez całą sesję. Za dużo mówiłam."


async def review(j: Journey) -> None:
    review = j.screen
    assert isinstance(review, ReviewScreen)
    notes_list = review.query_one("#review-notes", OptionList)
    assert j.focused is notes_list
    footer = j.footer()
    assert footer.get("f8") == "Reflect", "the reflection has a visible key"
    assert not any(len(key) == 1 for key in footer), "no letter: letters write the reflection"

    # Answer the mentee's question: the answer goes into the recap.
    question = next(i for i, n in enumerate(NOTES) if n[1] == "question")
    await j.press(*["down"] * (question - (notes_list.highlighted or 0)))
    assert notes_list.highlighted == question
    await j.press("f3")
    answer = review.query_one("#review-editor-input", Input)
    assert j.focused is answer
    await j.paste(ANSWER)
    await j.press("enter")
    await j.until(lambda: j.ws.session(TANDEM, 1).notes[question].answer == ANSWER)
    await j.until(lambda: j.focused is notes_list)

    # The private reflection: its key, the text, saved and said so.
    await j.press("f8")
    reflection = review.query_one("#review-reflection", TextArea)
    assert j.focused is reflection
    await j.paste(REFLECTION)
    await j.press("ctrl+s")
    await j.until(lambda: j.ws.session(TANDEM, 1).reflection == REFLECTION)
    await j.until(lambda: any("reflection saved" in n for n in j.notices()))
    j.look("reflection-saved")
    assert j.ws.session(TANDEM, 1).notes[question].text == NOTES[question][0][2:]


def preview(j: Journey) -> str:
    return j.screen.query_one("#export-preview", Markdown).source


async def export_recap_and_midpoint(j: Journey) -> None:
    review = j.screen
    assert isinstance(review, ReviewScreen)
    # f9, named in the review's footer: the export, on this session's recap.
    assert j.footer().get("f9") == "Recap"
    await j.press("f9")
    export = await j.on(ExportScreen)
    assert export.kind == "session"
    await j.until(lambda: "# Session 1 recap" in preview(j))
    assert MENTEE in preview(j)
    await j.press("ctrl+s")
    await j.until(lambda: export.written is not None)
    count(f"stop -> recap written ({j.size_id})", j.keys, "stop")
    j.look("recap-written")
    recap = export.written
    assert recap is not None and recap.parent == j.ws.layout.exports
    assert str(recap) in j.shown("#export-path")
    text = recap.read_text(encoding="utf-8")
    assert f"mentor: {MENTOR}" in text
    assert "10 March 2025" in text or "2025-03-10" in text, "the day it took place"
    assert ANSWER in text and "polubienia na LinkedIn" in text
    assert "wyłączyć powiadomienia grupy Łódź do piątku" in text
    assert "czarna magia" not in text, "a private note never leaves the workspace"
    assert REFLECTION not in text, "nor does the reflection"

    # The midpoint summary for the mentors' meetup: the kind list has the keys.
    assert j.focused is export.query_one("#export-kind")
    await j.press("down", "space")
    await j.until(lambda: "# Midpoint summary" in preview(j))
    await j.press("ctrl+s")
    await j.until(lambda: export.written not in (None, recap))
    midpoint = export.written
    assert midpoint is not None
    text = midpoint.read_text(encoding="utf-8")
    assert f"mentor: {MENTOR}" in text
    assert "planiści liczą w paletogodzinach" in text  # learned in both directions
    assert "nagłówek jest ważniejszy niż stanowisko" in text
    assert "czarna magia" not in text
    assert [(e.kind, e.session) for e in j.ws.exports(TANDEM)] == [
        ("session", 1),
        ("midpoint", None),
    ]

    await j.press("escape")
    assert await j.on(ReviewScreen) is review
    await j.press("f10")  # done
    await j.on(TandemScreen)
    await j.press("ctrl+q")
    await j.until(lambda: j.app.return_code == 0)


# --- 6. Quit, reopen: everything as it was; search and the keyword tab on what was saved -


async def everything_as_it_was(j: Journey) -> None:
    home = await j.on(HomeScreen)
    assert j.app.selected_id == TANDEM
    assert j.shown("#profile-name") == MENTEE
    assert not home.query_one("#empty-settings").display, "the settings are kept"
    assert load_settings(j.ws.layout.settings).mentor_name == MENTOR
    session = j.ws.session(TANDEM, 1)
    assert session.status == "done" and session.planned_at == NOW
    assert len(session.notes) == len(NOTES) and session.reflection == REFLECTION
    assert len(j.ws.summary(TANDEM).sessions) == 10

    # Search finds a note however it is spelled; Enter opens its review at the note.
    await j.press("slash")
    search = await j.on(SearchScreen)
    await j.paste("paletogodzinach")
    await j.press("enter")  # the query: on to the results
    results = search.query_one("#search-results", DataTable)
    await j.until(lambda: table_rows(results)[:1] != [] and j.focused is results)
    kind = table_rows(results)[0][3]
    assert kind == "> mentor learned" or (j.size[0] < 120 and kind == ">"), "one name per kind"
    await j.press("enter")
    review = await j.on(ReviewScreen)
    notes_list = review.query_one("#review-notes", OptionList)
    learned = next(i for i, n in enumerate(NOTES) if n[1] == "mentor-learned")
    await j.until(lambda: notes_list.highlighted == learned)
    assert j.focused is notes_list
    assert review.query_one("#review-reflection", TextArea).text == REFLECTION
    await j.press("escape")
    assert await j.on(SearchScreen) is search
    await j.press("escape")
    await j.on(HomeScreen)

    # The keyword tab and the midpoint summary mean the same by covered and touched.
    await j.press("t")
    tandem = await j.on(TandemScreen)
    await j.press("2")
    await j.until(lambda: tandem.active_tab == "keywords")
    coverage = tandem.query_one("#coverage-table", DataTable)
    await j.until(lambda: coverage.row_count == len(KEYWORDS))
    states = {row[0]: row[1] for row in table_rows(coverage)}
    j.look("keywords")
    assert states["LinkedIn"] == states["big data"] == "◐ touched"
    [midpoint] = [e for e in j.ws.exports(TANDEM) if e.kind == "midpoint"]
    summary = Path(midpoint.target).read_text(encoding="utf-8")
    for word in ("LinkedIn", "big data"):
        assert f"| {word} | {states[word]} |" in summary


# --- the stages ---------------------------------------------------------------------------


async def first_launch(j: Journey) -> None:
    j.keys.mark("empty workspace")
    await settings(j)
    await add_tandem(j)
    await edit_profile(j)
    await kickoff(j)


async def first_session(j: Journey) -> None:
    await j.press("t")  # the tandem, its sessions
    await plan_session_1(j)
    await take_notes(j)
    await stop(j)
    await review(j)
    await export_recap_and_midpoint(j)


STORY = (first_launch, first_session, everything_as_it_was)
SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_1_first_launch_to_a_dated_frame(
    empty_ws: Workspace, clock: FakeTime, size: tuple[int, int]
) -> None:
    cut = await play(STORY, first_launch, empty_ws, size, clock)
    assert not cut, "footers show whole keys"


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_2_session_1_from_its_plan_to_its_recap(
    empty_ws: Workspace, clock: FakeTime, size: tuple[int, int]
) -> None:
    cut = await play(STORY, first_session, empty_ws, size, clock)
    assert not cut, "footers show whole keys"


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_3_reopened_everything_is_as_it_was(
    empty_ws: Workspace, clock: FakeTime, size: tuple[int, int]
) -> None:
    cut = await play(STORY, everything_as_it_was, empty_ws, size, clock)
    assert not cut, "footers show whole keys"

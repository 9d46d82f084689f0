"""Search across tandems: case- and accent-insensitive, private marked, records once."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lifekit import add_session, add_tandem, at, note, service

from rmtui.core.model import Note
from rmtui.core.text import EXTRA_FOLD, fold
from rmtui.service.search import Hit, search, spellings
from rmtui.store import Workspace
from rmtui.store.note_scan import NoteLine

NOW = at(date(2027, 2, 1), 9)
STRASSENBAHN = "Straßenbahn-App ausprobieren"


@pytest.fixture
def ws(any_ws: Workspace) -> Workspace:
    zofia = add_tandem(any_ws, "Zofia Wąsowska")
    add_session(
        any_ws,
        zofia,
        at(date(2027, 1, 5)),
        "done",
        [
            note("Magazyn w Łodzi: ŻÓŁTA strefa, prywatność danych", elapsed=65),
            note("Zażółć gęślą jaźń na LinkedInie", "highlight", elapsed=3725),
            note("~ boi się, że zespół zobaczy jej błędy", private=True, elapsed=90),
        ],
    )
    henk = add_tandem(any_ws, "Henk de Vries")
    n = add_session(
        any_ws,
        henk,
        at(date(2027, 1, 6)),
        "done",
        [
            note("De coöperatie in Zeeland; één post per week", elapsed=30),
            note("IJsselmeer logistiek", "mentor-learned", elapsed=45),
            note("Één tweet per dag", "action", elapsed=50),
        ],
    )
    svc, _ = service(any_ws, NOW)
    svc.promote(henk, n)
    jurgen = add_tandem(any_ws, "Jürgen Groß")
    add_session(
        any_ws,
        jurgen,
        at(date(2027, 1, 7)),
        "done",
        [note("Datenschutz in der Hauptstraße, Müller fragt nach", "question", elapsed=10)],
    )
    svc.add_learning(jurgen, "mentee", "Übersicht über die Benachrichtigungen")
    svc.add_action(jurgen, STRASSENBAHN, owner="mentee")
    return any_ws


@pytest.mark.parametrize(
    ("query", "texts"),
    [
        ("lodz", ["Magazyn w Łodzi: ŻÓŁTA strefa, prywatność danych"]),
        ("zolta PRYWATNOSC", ["Magazyn w Łodzi: ŻÓŁTA strefa, prywatność danych"]),
        ("zazolc gesla jazn", ["Zażółć gęślą jaźń na LinkedInie"]),
        ("cooperatie", ["De coöperatie in Zeeland; één post per week"]),
        ("EEN", ["De coöperatie in Zeeland; één post per week", "Één tweet per dag"]),
        ("ijsselmeer", ["IJsselmeer logistiek"]),
        ("strasse", ["Datenschutz in der Hauptstraße, Müller fragt nach", STRASSENBAHN]),
        ("MULLER", ["Datenschutz in der Hauptstraße, Müller fragt nach"]),
        ("ubersicht", ["Übersicht über die Benachrichtigungen"]),
        ("bledy", ["~ boi się, że zespół zobaczy jej błędy"]),
        ("nothing like this", []),
    ],
)
def test_diacritics_and_case_are_ignored(ws: Workspace, query: str, texts: list[str]) -> None:
    assert [h.text for h in search(ws, query)] == texts


def test_hits_say_where_they_are(ws: Workspace) -> None:
    [hit] = search(ws, "jaźń")
    assert (hit.tandem_id, hit.mentee, hit.session, hit.kind) == (
        "zofia-wasowska", "Zofia Wąsowska", 1, "highlight"
    )  # fmt: skip
    assert hit.stamp == "[1:02:05]" and hit.note_id == 2 and hit.source == "note"
    assert str(hit.ref) == "zofia-wasowska/1"
    [private] = search(ws, "bledy")
    assert private.private and private.stamp == "[01:30]"


def test_a_promoted_note_is_found_once_as_its_record(ws: Workspace) -> None:
    hits = search(ws, "tweet")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.source, hit.kind, hit.session, hit.note_id) == ("action", "action", 1, 3)
    assert hit.record_id == 1 and hit.stamp == "[00:50]"
    [learned] = search(ws, "ijsselmeer")
    assert (learned.source, learned.kind) == ("learning", "mentor-learned")


def test_records_added_directly_are_found(ws: Workspace) -> None:
    [action] = search(ws, "strassenbahn")
    assert (action.source, action.session, action.stamp, action.note_id) == (
        "action", None, "", None
    )  # fmt: skip
    assert action.ref is None


def test_empty_query_finds_nothing(ws: Workspace) -> None:
    assert search(ws, "   ") == []


def test_edited_record_text_wins(ws: Workspace) -> None:
    svc, _ = service(ws, NOW)
    henk = "henk-de-vries"
    [action] = ws.actions(henk)
    svc.edit_action(henk, action.id, text="two tweets a day")
    assert search(ws, "tweet per dag") == []
    assert [h.text for h in search(ws, "tweets")] == ["two tweets a day"]
    assert isinstance(search(ws, "tweets")[0], Hit)


def test_an_index_rereads_only_what_changed(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    svc, _ = service(ws, NOW)
    assert [h.text for h in svc.search("lodz")] == [
        "Magazyn w Łodzi: ŻÓŁTA strefa, prywatność danych"
    ]
    assert len(svc.search("een")) == 2
    reads: list[tuple[str, int]] = []
    original = Workspace.note_lines

    def counted(repo: Workspace, tandem_id: str, n: int) -> list[NoteLine]:
        reads.append((tandem_id, n))
        return original(repo, tandem_id, n)

    monkeypatch.setattr(Workspace, "note_lines", counted)
    assert len(svc.search("een")) == 2
    assert reads == []  # nothing changed: nothing read
    ws.add_note("zofia-wasowska", 1, note("Łódź again", elapsed=4000))
    assert [h.elapsed for h in svc.search("lodz")] == [65, 4000]
    assert reads == [("zofia-wasowska", 1)]
    ws.erase_tandem("zofia-wasowska")
    assert svc.search("lodz") == []
    [action] = ws.actions("henk-de-vries")
    svc.edit_action("henk-de-vries", action.id, text="twee tweets per dag")
    assert [h.text for h in svc.search("twee tweets")] == ["twee tweets per dag"]


@given(st.text(max_size=40))
def test_fold_drops_every_accent_and_case(text: str) -> None:
    """The one fold (core.text) against its definition, character by character."""
    spelled = text.translate(EXTRA_FOLD)
    decomposed = unicodedata.normalize("NFKD", spelled)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == plain.casefold()


@pytest.mark.slow
def test_fold_on_every_code_point() -> None:
    """The fold against its definition for every character, alone and between accented
    Latin letters (the one-pass path for accents only, and the other)."""
    wrong = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        for text in (chr(cp), f"é{chr(cp)}a", f"ł{chr(cp)}\u0301"):
            spelled = unicodedata.normalize("NFKD", text.translate(EXTRA_FOLD))
            plain = "".join(ch for ch in spelled if not unicodedata.combining(ch))
            if fold(text) != plain.casefold():
                wrong.append(hex(cp))
    assert wrong == []


def test_answers_are_searched(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    n = add_session(
        any_ws, tid, at(date(2027, 1, 5)), "done", [note("who sees my likes?", "question")]
    )

    def answer(n_: Note) -> None:
        n_.answer = "Only your connections: Einstellungen > Sichtbarkeit"

    any_ws.update_note(tid, n, 1, answer)
    [hit] = search(any_ws, "sichtbarkeit")
    assert (hit.kind, hit.text) == ("question", "who sees my likes?")


@pytest.mark.parametrize("query", ["MUELLER", "muller", "hauptstrasse", "Hauptstraße"])
def test_german_spellings_without_umlauts(ws: Workspace, query: str) -> None:
    assert [h.tandem_id for h in search(ws, query)] == ["jurgen-gross"]


def test_german_spelling_of_the_query_as_typed(ws: Workspace) -> None:
    assert [h.text for h in search(ws, "uebersicht ueber")] == [
        "Übersicht über die Benachrichtigungen"
    ]
    assert search(ws, "uebersicht\u00a0zzz") == []


def test_umlaut_spellings_of_a_term() -> None:
    assert spellings("linkedin") == ("linkedin",)
    assert spellings("mueller") == ("mueller", "muller")
    assert "steuerubersicht" in spellings("steueruebersicht")
    assert len(spellings("aeaeaeaeae")) == 2  # too many pairs: as typed, or all replaced

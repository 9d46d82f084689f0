"""Search reads a file only where the kept words of its folded text hold every word of
the query (``store.search_words``). They are derived data: the answers are exactly those
of a full reading, whatever was written since, by whom, and whatever happened to the kept
words; they are private (0600, inside the tandem's folder) and go with an erased tandem."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lifekit import add_session, add_tandem, at, note, service

from rmtui.service.search import SearchIndex
from rmtui.store import Workspace
from rmtui.store.search_words import FOLDER, NAME

NOW = at(date(2027, 2, 1), 9)
# Words as mentors type them in the programs' languages, and in other scripts, with the
# punctuation they come with.
WORDS = [
    "Łódź", "prywatność", "zażółć", "gęślą", "één", "coöperatie", "IJsselmeer", "Straße",
    "Müller", "Übersicht", "réseau", "Noël", "Ærø", "Олена", "Київ", "Γιώργος", "東京",
    "tweet", "LinkedIn", "notificaties", "powiadomienia", "🙂", "privé", "Ø", "ß",
    "e-mail:", "(Übergabe)", "Σίσυφος,", "İstanbul", "ﬁle", "ᏣᎳᎩ", "Steuerübersicht",
    "naïve…", "Ĳssel", "مرحبا", "שלום", "नमस्ते", "ǅemal",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
KINDS = st.sampled_from(["note", "action", "question", "mentor-learned", "mentee-learned"])
NOTES = st.lists(st.tuples(TEXTS, KINDS, st.booleans()), min_size=1, max_size=4)
# Whole words as typed, a piece of one, German umlauts typed as two letters.
PIECES = st.sampled_from(WORDS).flatmap(
    lambda w: st.tuples(st.integers(0, len(w)), st.integers(0, len(w))).map(
        lambda ij: w[min(ij) : max(ij)]
    )
)
QUERIES = st.one_of(
    st.sampled_from(WORDS).map(str.lower),
    PIECES.filter(str.strip),
    st.sampled_from(["mueller", "uebersicht", "strasse", "lodz", "steueruebersicht", "ij"]),
)


def full_reading(ws: Workspace, query: str) -> list[object]:
    return list(SearchIndex(ws, prefilter=False).search(query))


def counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The (tandem, session) of every session file read from now on."""
    reads: list[tuple[str, int]] = []
    original = Workspace.note_lines

    def counted(repo: Workspace, tandem_id: str, n: int) -> list[object]:
        reads.append((tandem_id, n))
        return original(repo, tandem_id, n)  # type: ignore[return-value]

    monkeypatch.setattr(Workspace, "note_lines", counted)
    return reads


def kept_files(ws: Workspace, tandem_id: str) -> list[Path]:
    folder = ws.root / "tandems" / tandem_id / FOLDER
    return sorted(folder.iterdir()) if folder.is_dir() else []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sessions=st.lists(NOTES, min_size=1, max_size=3),
    records=st.lists(TEXTS, max_size=2),
    later=st.lists(st.tuples(st.integers(0, 2), TEXTS), max_size=2),
    edited=st.none() | TEXTS,
    queries=st.lists(QUERIES, min_size=1, max_size=4),
)
def test_the_kept_words_change_no_answer(
    tmp_path_factory: pytest.TempPathFactory,
    sessions: list[list[tuple[str, str, bool]]],
    records: list[str],
    later: list[tuple[int, str]],
    edited: str | None,
    queries: list[str],
) -> None:
    ws = Workspace(tmp_path_factory.mktemp("ws"))
    tid = add_tandem(ws, "Olena Szewczenko")
    other = add_tandem(ws, "Anna Kowalska")
    numbers = []
    for i, notes in enumerate(sessions):
        made = [
            note(text, kind, elapsed=10.0 * j, private=private)  # type: ignore[arg-type]
            for j, (text, kind, private) in enumerate(notes)
        ]
        numbers.append(add_session(ws, tid, at(date(2027, 1, 5 + i)), "done", made))
    add_session(ws, other, at(date(2027, 1, 5)), "done", [note("nothing to see")])
    svc, _ = service(ws, NOW)
    for text in records:
        svc.add_action(tid, text)
    for n in numbers:
        svc.promote(tid, n)
    index = SearchIndex(ws)
    asked = [*queries, " ".join(queries[:2])]
    for query in asked:
        assert index.search(query) == full_reading(ws, query)  # the words are kept
        assert SearchIndex(ws).search(query) == full_reading(ws, query)  # and read back
    # Another rmtui adds notes, and the mentor edits an action: nothing kept is stale.
    elsewhere = Workspace(ws.root)
    for i, text in later:
        elsewhere.add_note(tid, numbers[min(i, len(numbers) - 1)], note(text, elapsed=999.0))
    actions = ws.actions(tid)
    if edited is not None and actions:
        svc.edit_action(tid, actions[-1].id, text=edited)
    for query in asked:
        assert index.search(query) == full_reading(ws, query)
        assert SearchIndex(ws).search(query) == full_reading(ws, query)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    ws = Workspace(tmp_path / "ws")
    tid = add_tandem(ws, "Zofia Wąsowska")
    add_session(ws, tid, at(date(2027, 1, 5)), "done", [note("Magazyn w Łodzi")])
    add_session(ws, tid, at(date(2027, 1, 19)), "done", [note("~ sekret", private=True)])
    henk = add_tandem(ws, "Henk de Vries")
    add_session(ws, henk, at(date(2027, 1, 6)), "done", [note("één post per week")])
    return ws


def test_a_rare_word_reads_only_the_file_that_holds_it(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    SearchIndex(ws).search("anything")  # the words are kept once
    assert [p.name for p in kept_files(ws, "zofia-wasowska")] == [NAME]
    for path in kept_files(ws, "zofia-wasowska"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    reads = counted_reads(monkeypatch)
    [hit] = SearchIndex(ws).search("lodz")
    assert hit.text == "Magazyn w Łodzi"
    assert reads == [("zofia-wasowska", 1)]
    assert SearchIndex(ws).search("weisswurst") == []
    assert reads == [("zofia-wasowska", 1)]


def test_a_write_by_another_process_is_found_at_once(ws: Workspace) -> None:
    index = SearchIndex(ws)
    assert index.search("weisswurst") == []
    other = Workspace(ws.root)  # another rmtui on the same workspace
    other.add_note("henk-de-vries", 1, note("Weißwurst-Frühstück", elapsed=99))
    assert [h.text for h in index.search("weisswurst")] == ["Weißwurst-Frühstück"]
    assert [h.text for h in SearchIndex(ws).search("weisswurst")] == ["Weißwurst-Frühstück"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[:-3]),
        lambda p: p.write_bytes(p.read_bytes().replace(b"lodzi", b"xxxxx")),
        lambda p: p.write_bytes(b"\xff\xfe garbage"),
    ],
    ids=["empty", "torn", "forged", "garbage"],
)
def test_damaged_kept_words_are_made_again(ws: Workspace, damage: object) -> None:
    SearchIndex(ws).search("lodz")
    kept = ws.root / "tandems" / "zofia-wasowska" / FOLDER / NAME
    damage(kept)  # type: ignore[operator]
    assert [h.text for h in SearchIndex(ws).search("lodz")] == ["Magazyn w Łodzi"]
    assert b"lodzi" in kept.read_bytes()


def test_a_link_in_place_of_the_folder_is_never_followed(ws: Workspace, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (ws.root / "tandems" / "henk-de-vries" / FOLDER).symlink_to(elsewhere)
    assert [h.text for h in SearchIndex(ws).search("een")] == ["één post per week"]
    assert list(elsewhere.iterdir()) == []


def test_the_kept_words_go_with_an_erased_tandem(ws: Workspace) -> None:
    SearchIndex(ws).search("sekret")
    assert kept_files(ws, "zofia-wasowska")
    ws.erase_tandem("zofia-wasowska")
    leftovers = [p for p in ws.root.rglob("*") if "zofia" in str(p)]
    assert leftovers == []
    assert SearchIndex(ws).search("sekret") == []


def test_a_read_only_workspace_still_searches(ws: Workspace) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes through any mode bits")
    folder = ws.root / "tandems" / "henk-de-vries"
    folder.chmod(0o500)
    try:
        assert [h.text for h in SearchIndex(ws).search("een")] == ["één post per week"]
    finally:
        folder.chmod(0o700)


def test_a_search_told_to_stop_ends_at_once_and_the_next_finds_all(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The TUI stops the search the mentor typed past: it reads nothing more, and the
    index it leaves answers the next search in full."""
    index = SearchIndex(ws)
    reads = counted_reads(monkeypatch)
    assert index.search("e", stop=lambda: True) == []
    assert reads == []
    assert index.search("e") == full_reading(ws, "e") != []


def test_leftovers_beside_the_words_go_when_they_are_written(ws: Workspace) -> None:
    """A kill -9 mid-write leaves a temp file, an older rmtui left a folded text per
    file: both hold private words, and go when the words are next written."""
    folder = ws.root / "tandems" / "zofia-wasowska" / FOLDER
    folder.mkdir(mode=0o700)
    (folder / f".{NAME}.4242.tmp").write_bytes(b"rmtui-words 1 9 0\nsekret")
    (folder / "2").write_bytes(b"rmtui-folded 1 1 2 3 6 0\nsekret")
    assert [h.text for h in SearchIndex(ws).search("lodz")] == ["Magazyn w Łodzi"]
    assert [p.name for p in folder.iterdir()] == [NAME]

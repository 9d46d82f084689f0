"""Notes kept for the cheat sheet read in the log as they were typed: ``+`` and ``=``."""

from __future__ import annotations

from tuikit import NOW

from rmtui.core.keywords import KeywordMatcher
from rmtui.core.model import Note
from rmtui.tui.session_view import note_line, typing_preview


def test_the_log_and_the_typing_preview_show_the_cheat_sheet_marks() -> None:
    glossary = Note(1, 65.0, NOW, "feed: what you see first", sheet="glossary")
    kept = Note(2, 70.0, NOW, "set it [b]herself[/b]", kind="highlight", sheet="keep")
    assert note_line(glossary).plain == "[01:05] = feed: what you see first"
    assert note_line(kept).plain == "[01:10] +* set it [b]herself[/b]"
    matcher = KeywordMatcher.of([])
    assert "+ cheat sheet" in typing_preview("+* set it", matcher).plain
    assert "= glossary" in typing_preview("= feed: first", matcher).plain

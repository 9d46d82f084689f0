"""How a session reads on screen: note lines, agenda rows, timeboxes, the typing preview.

Functions of a session and a clock reading, so the live and review screens stay thin and
tests can call them directly. All user text goes through ``literal``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.content import Content

from rmtui.core import capture, live, messages
from rmtui.core.clock import format_elapsed
from rmtui.core.coverage import KeywordState, keyword_state
from rmtui.core.i18n import gettext
from rmtui.core.keywords import KeywordMatcher, attach
from rmtui.core.live_session import Draft
from rmtui.core.model import Action, AgendaItem, Keyword, Note, NoteKind, Session, SheetMark
from rmtui.core.text import fold, one_line
from rmtui.tui.keyword_marks import legend, mark
from rmtui.tui.literal import literal, literal_line

# Kind markers match the prefixes typed for them, so the log reads like the input.
KIND_MARKS: dict[NoteKind, tuple[str, str]] = {
    "note": (" ", ""),
    "action": ("!", "bold $text-warning"),
    "question": ("?", "bold $text-accent"),
    "highlight": ("*", "bold $text-success"),
    "mentor-learned": (">", "bold $text-primary"),
    "mentee-learned": ("<", "bold $text-secondary"),
}
PRIVATE_MARK = "~"
ITEM_MARKS = {"done": "✓", "skipped": "↷", "current": "▶", "open": "·"}


def stamp(seconds: float) -> str:
    return f"[{format_elapsed(seconds)}]"


def minutes(seconds: float) -> int:
    """Whole minutes as a mentor counts them: 0:59 is 0 minutes, 1:00 is 1."""
    return int(max(0.0, seconds) // 60)


def kind_mark(kind: NoteKind, private: bool, sheet: SheetMark = "") -> Content:
    """The prefix characters the note would be typed with (``!``, ``~*``, ``+*``, ``=``),
    then a space; nothing for a plain note, so the log reads like the input."""
    mark, style = KIND_MARKS.get(kind, (" ", ""))
    parts: list[Content] = []
    if private:
        parts.append(Content.styled(PRIVATE_MARK, "bold $text-error"))
    if sheet:
        sign = capture.GLOSSARY if sheet == "glossary" else capture.SHEET
        parts.append(Content.styled(sign, "bold $text-success"))
    if mark.strip():
        parts.append(Content.styled(mark, style))
    if parts:
        parts.append(Content(" "))
    return Content.assemble(*parts)


def _extra_tags(text: str, keywords: Iterable[str]) -> list[str]:
    """Keywords not already written in the text as ``#tags``."""
    written = {fold(tag) for tag in capture.find_tags(text)}
    return [k for k in keywords if fold(k) not in written]


def heading(*parts: str) -> str:
    """``Henk · session 4 · LinkedIn``: the parts that are there, on one line (a session
    without an agenda has no title, and no dangling ``·``)."""
    return one_line(" · ".join(p.strip() for p in parts if p.strip()))


def note_line(note: Note) -> Content:
    """``[mm:ss] ~! text  #keyword`` for a saved note (its answer below, if any)."""
    parts: list[Content] = [
        Content.styled(stamp(note.elapsed) + " ", "$text-muted"),
        kind_mark(note.kind, note.private, note.sheet),
        literal(note.text, "$text-muted" if note.private else ""),
    ]
    tags = _extra_tags(note.text, note.keywords)
    if tags:
        parts += [
            Content("  "),
            literal_line(" ".join(f"#{k}" for k in tags), "italic $text-muted"),
        ]
    if note.answer:
        parts += [Content.styled("\n        ↳ ", "$text-muted"), literal(note.answer, "italic")]
    return Content.assemble(*parts)


def draft_line(draft: Draft) -> Content:
    """A note not yet durable: saving while its write runs, not saved (and why) if it failed."""
    typed = draft.typed
    if draft.state == "unsaved":
        state = Content("  ") + literal_line(
            messages.TUI_NOT_SAVED_BECAUSE.format(reason=draft.reason), "bold $text-error"
        )
    else:
        state = Content.styled(gettext("  … saving"), "$text-muted")
    return Content.assemble(
        Content.styled(stamp(draft.at) + " ", "$text-muted"),
        kind_mark(typed.kind, typed.private, typed.sheet),
        literal(typed.text, "italic"),
        state,
    )


def log_lines(notes: Iterable[Note], drafts: Iterable[Draft]) -> list[Content]:
    """Saved notes and drafts together, in clock order."""
    rows: list[tuple[float, int, Content]] = [(n.elapsed, 0, note_line(n)) for n in notes]
    rows += [(d.at, 1, draft_line(d)) for d in drafts]
    rows.sort(key=lambda row: (row[0], row[1]))
    return [row[2] for row in rows]


def item_mark(session: Session, index: int) -> str:
    """▶ marks the current item, even one done or skipped before (revisited); the title's
    style still shows it was."""
    item = session.items[index]
    if index == session.current_item and session.status in live.LIVE | {"planned"}:
        return ITEM_MARKS["current"]
    if item.done:
        return ITEM_MARKS["done"]
    if item.skipped:
        return ITEM_MARKS["skipped"]
    return ITEM_MARKS["open"]


def item_row(session: Session, index: int, at: float) -> Content:
    """``✓ 1  12/10  Follow-up``: mark, number, actual of planned minutes, title (the
    figures first, so a long title that ends in an ellipsis never hides them)."""
    item = session.items[index]
    spent = minutes(live.item_spent(session, index, at))
    over = spent > item.minutes
    current = index == session.current_item and session.status in live.LIVE
    mark_style = "bold $text-accent" if current else "$text-muted"
    if item.done:
        mark_style = "$text-success"
    title_style = "bold" if current else ("$text-muted" if item.done or item.skipped else "")
    figures = f"{spent:>3}/{item.minutes:<3}"
    return Content.assemble(
        (f"{item_mark(session, index)}{index + 1:>2} ", mark_style),
        (figures, "bold $text-error" if over else "$text-muted"),
        " ",
        literal_line(item.title, title_style),
    )


def agenda_lines(session: Session, at: float) -> Content:
    if not session.items:
        return Content.styled(gettext("no agenda items"), "$text-muted")
    return Content("\n").join(item_row(session, i, at) for i in range(len(session.items)))


def timebox_text(session: Session, at: float) -> tuple[str, live.Timebox]:
    """``12:05 left of 25 min`` or ``3:10 over 25 min``, and the timebox state."""
    left = live.remaining(session, at)
    state = live.timebox(left)
    if left is None:
        return "", state
    item = session.items[session.current_item]
    if left >= 0:
        return messages.TUI_TIME_LEFT.format(left=format_elapsed(left), minutes=item.minutes), state
    return messages.TUI_TIME_OVER.format(over=format_elapsed(-left), minutes=item.minutes), state


def current_title(session: Session) -> Content:
    if not 0 <= session.current_item < len(session.items):
        return Content.styled(gettext("no agenda items"), "$text-muted")
    item = session.items[session.current_item]
    head = f"{session.current_item + 1}/{len(session.items)}  "
    return Content.assemble((head, "$text-muted"), literal_line(item.title, "bold"))


def item_details(item: AgendaItem, followed: Sequence[Action] = ()) -> Content:
    """The actions a follow-up item follows up (``followed``, already left out where the
    screen is shared: see ``planning.followed_up``), its prompts and its notes, one per
    line. A private action in ``followed`` is marked as such."""
    lines = [follow_up_line(action) for action in followed]
    lines += [Content("• ") + literal_line(p) for p in item.prompts if p.strip()]
    if item.notes.strip():
        lines.append(literal(item.notes.strip(), "italic $text-muted"))
    return Content("\n").join(lines)


def follow_up_line(action: Action) -> Content:
    """``• text``, done ones ``✓ text``; a private one ``~ text  private: ...``."""
    if action.private:
        return Content.assemble(
            Content.styled(f"{PRIVATE_MARK} ", "bold $text-error"),
            literal_line(action.text, "$text-muted"),
            Content.styled(f"  {messages.TUI_FOLLOW_UP_PRIVATE}", "italic $text-error"),
        )
    mark = ITEM_MARKS["done"] if action.state == "done" else "•"
    return Content(f"{mark} ") + literal_line(action.text)


def driving_text(session: Session) -> str:
    """Who has the keyboard now."""
    return gettext("mentee drives") if session.driving_since is not None else gettext("talk / demo")


def driven_share(session: Session, at: float) -> str:
    """``mentee drove 62%`` of the session so far."""
    if at < 1:
        return gettext("mentee drove 0%")
    share = round(100 * live.driven_total(session, at) / at)
    return messages.TUI_MENTEE_DROVE.format(share=share)


def keyword_chips(keywords: Iterable[Keyword], touched: set[str]) -> Content:
    """The tandem's keywords on a few lines; those touched in this session stand out."""
    chips: list[Content] = []
    folded = {fold(word) for word in touched}
    states: list[KeywordState] = []
    for keyword in sorted(keywords, key=lambda k: k.order):
        if keyword.status == "dropped":
            continue
        now = fold(keyword.text) in folded
        # The state's one symbol (as on the keyword tab); bold: touched in this session.
        state = keyword_state(keyword, now or bool(keyword.sessions))
        style = "bold" if now else "$text-muted" if state == "covered" else ""
        chips.append(Content.assemble(mark(state), literal_line(keyword.text, style)))
        states.append(state)
    if not chips:
        return Content.styled(gettext("no keywords yet"), "$text-muted")
    return Content.assemble(Content("  ").join(chips), "\n", legend(states))


def rule_lines(rules: Iterable[str]) -> Content:
    lines = [Content("• ") + literal_line(rule) for rule in rules if rule.strip()]
    return (
        Content("\n").join(lines) if lines else Content.styled(gettext("no rules"), "$text-muted")
    )


def typing_preview(line: str, matcher: KeywordMatcher) -> Content:
    """What Enter would save: the kind, private or not, and the keywords it would carry."""
    if not line.strip():
        return Content.styled(
            f"{messages.NOTE_PREFIXES}  #tag",
            "$text-muted",
        )
    typed = capture.parse(line)
    mark, style = KIND_MARKS.get(typed.kind, (" ", ""))
    name = messages.NOTE_KIND_NAMES[typed.kind]
    parts: list[Content] = [Content.styled(f"{mark.strip() or '·'} {name}", style or "bold")]
    if typed.private:
        parts.append(Content.styled(gettext("  ~ private"), "bold $text-error"))
    if typed.sheet:
        sheet = (
            messages.TUI_PREVIEW_SHEET if typed.sheet == "keep" else messages.TUI_PREVIEW_GLOSSARY
        )
        parts.append(Content.styled(sheet, "bold $text-success"))
    found = attach(typed.text, typed.tags, matcher)
    if found:
        parts += [Content("  "), literal_line(" ".join(f"#{k}" for k in found), "italic")]
    if not typed.text.strip():
        parts.append(Content.styled("  (empty)", "$text-muted"))
    return Content.assemble(*parts)


def touched_keywords(
    notes: Iterable[Note], drafts: Iterable[Draft], matcher: KeywordMatcher
) -> set[str]:
    found = {k for n in notes for k in n.keywords}
    for draft in drafts:
        found.update(attach(draft.typed.text, draft.typed.tags, matcher))
    return found

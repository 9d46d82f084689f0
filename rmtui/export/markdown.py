"""Reports as Markdown: session recap, midpoint summary, final summary, one or many tandems.

Every piece of user text goes through ``escape.inline`` in ``Doc``; the only markup in
the output is rmtui's own: headings, lists, tables, bold labels and the emphasised
``*(session 2)*`` notes after an entry (user text can never produce emphasis, so a reader
such as the meetup digest can tell the two apart).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from rmtui.core import messages as m
from rmtui.core.coverage import KEYWORD_MARKS, KEYWORD_STATES, KeywordState, bar
from rmtui.core.dates import day_label, moment_label
from rmtui.core.model import Session
from rmtui.export.escape import heading_text, inline
from rmtui.export.report import ActionEntry, Entry, Report


def day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        local = value if value.tzinfo is None else value.astimezone(value.tzinfo)
        return moment_label(local, weekday=False)
    return day_label(value, weekday=False, year=True)


def title_of(body: str) -> str:
    """The plain text of the document's first line (its heading): un-escaped when rmtui
    wrote it, else read by markdown-it (``html.title_of``, loaded then)."""
    text = heading_text(body.split("\n", 1)[0])
    if text is not None:
        return text
    from rmtui.export.html import title_of as read

    return read(body)


class Doc:
    """A Markdown document built line by line; every argument is user text and escaped."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def _block(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def heading(self, level: int, text: str) -> None:
        self._block()
        self.lines += ["#" * min(level, 6) + " " + (inline(text) or "…"), ""]

    def para(self, *parts: str, sep: str = " · ") -> None:
        self._block()
        shown = [inline(p) for p in parts if p.strip()]
        if shown:
            self.lines += [sep.join(shown), ""]

    def none(self) -> None:
        self._block()
        self.lines += [f"*{m.EXPORT_NONE}*", ""]

    def fact(self, label: str, value: str) -> None:
        head = m.LABEL_COLON.format(label=inline(label))
        self.lines.append(f"- **{head}** {inline(value) or '—'}")

    def bullet(self, text: str, note: str = "", label: str = "") -> None:
        self._item(text, f" *({inline(note)})*" if note else "", label)

    def _item(self, text: str, tail: str, label: str) -> None:
        """A list item; ``tail`` is the escaped, emphasised note (or nothing)."""
        head = f"**{m.LABEL_COLON.format(label=inline(label))}** " if label else ""
        self.lines.append(f"- {head}{inline(text) or '…'}{tail}")

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        self._block()
        self.lines.append("| " + " | ".join(inline(h) for h in headers) + " |")
        self.lines.append("|" + "|".join(" --- " for _ in headers) + "|")
        for row in rows:
            self.lines.append("| " + " | ".join(inline(c) or " " for c in row) + " |")
        self.lines.append("")

    def entries(self, items: Sequence[Entry]) -> None:
        self._block()
        if not items:
            self.none()
            return
        said = m.EXPORT_SESSION_N  # translated once, not for each of thousands of entries
        tails: dict[int, str] = {}  # session -> its note, escaped once
        for e in items:
            tail = ""
            if e.session:
                tail = tails.get(e.session) or tails.setdefault(
                    e.session, f" *({inline(said.format(n=e.session))})*"
                )
            self._item(e.text, tail, e.label)
        self.lines.append("")

    def text(self) -> str:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


# --- sections ---------------------------------------------------------------------------


def _who(r: Report) -> list[str]:
    t = r.tandem
    who = [", ".join(x for x in (t.role, t.mentee_dept) if x)]
    if t.mentor_dept:
        who.append(m.EXPORT_MENTOR_FROM.format(dept=t.mentor_dept))
    return who


def _progress(doc: Doc, r: Report, level: int) -> None:
    p = r.progress
    doc.heading(level, m.EXPORT_H_PROGRESS)
    held = len(r.sessions)
    doc.fact(m.EXPORT_SESSIONS, m.EXPORT_SESSIONS_OF.format(held=held, planned=p.planned))
    doc.fact(m.EXPORT_PACE, m.PACE_NAMES.get(p.pace, p.pace))
    doc.fact(m.EXPORT_FRAME, m.EXPORT_SESSIONS_RANGE.format(first=day(p.start), last=day(p.end)))
    doc.fact(m.EXPORT_MIDPOINT, day(p.midpoint))
    next_at = r.next_session.planned_at if r.next_session else None
    doc.fact(m.EXPORT_NEXT, day(next_at) if next_at else m.EXPORT_NOT_PLANNED)


def _agendas(doc: Doc, sessions: Sequence[Session], level: int) -> None:
    doc.heading(level, m.EXPORT_H_AGENDAS)
    if not sessions:
        doc.none()
        return
    rows = [
        [
            str(s.n),
            day(s.planned_at.date() if s.planned_at else None),
            s.title or s.agenda_id or m.EXPORT_NO_AGENDA,
            f"{sum(1 for i in s.items if i.done)}/{len(s.items)}",
        ]
        for s in sessions
    ]
    doc.table(m.EXPORT_AGENDA_COLUMNS, rows)


def _coverage(doc: Doc, r: Report, level: int) -> None:
    doc.heading(level, m.EXPORT_H_COVERAGE)
    if not r.keywords:
        doc.none()
        return
    active = [k for k in r.keywords if k.status != "dropped"]
    covered = sum(1 for k in active if k.status == "covered")
    doc.para(m.EXPORT_COVERED_BAR.format(bar=bar(covered, len(active))))
    touched = len(r.keyword_texts("touched"))
    if touched:
        doc.para(m.EXPORT_TOUCHED_OPEN.format(count=touched))
    rows = [[k.text, _state(k.status), ", ".join(map(str, k.sessions)) or "—"] for k in r.keywords]
    doc.table(m.EXPORT_KEYWORD_COLUMNS, rows)


def _state(state: KeywordState) -> str:
    """``✓ covered``: the state's one symbol and its name, as the app shows them."""
    return f"{KEYWORD_MARKS[state]} {m.KEYWORD_STATE_NAMES[state]}"


def _learned(doc: Doc, r: Report, level: int) -> None:
    doc.heading(level, m.EXPORT_H_LEARNED)
    doc.heading(level + 1, m.EXPORT_H_MENTOR_LEARNED)
    doc.entries(r.mentor_learned)
    doc.heading(level + 1, m.EXPORT_H_MENTEE_LEARNED)
    doc.entries(r.mentee_learned)


def _action_note(a: ActionEntry, with_session: bool = True) -> str:
    parts: list[str] = [a.owner]
    if with_session and a.session is not None:
        parts.append(m.EXPORT_SESSION_N.format(n=a.session))
    if a.due is not None:
        parts.append(m.EXPORT_DUE.format(date=day(a.due)))
    return " · ".join(parts)


def _actions(doc: Doc, r: Report, level: int) -> None:
    doc.heading(level, m.EXPORT_H_ACTIONS)
    for title, states in ((m.EXPORT_H_OPEN, ("open",)), (m.EXPORT_H_DONE, ("done",))):
        doc.heading(level + 1, title)
        found = r.actions_in(*states)
        if not found:
            doc.none()
            continue
        for a in found:
            doc.bullet(a.text, _action_note(a))
        doc.lines.append("")
    _habits(doc, r, level + 1)


def _habits(doc: Doc, r: Report, level: int) -> None:
    """Each habit and checked-in action with its strip: how it went across sessions."""
    told = [a for a in r.actions if a.habit or a.strip]
    if not told:
        return
    doc.heading(level, m.EXPORT_H_HABITS)
    doc.para(m.EXPORT_HABIT_LEGEND)
    rows = [
        [
            a.text,
            a.habit or "—",
            a.strip or "—",
            m.EXPORT_SESSIONS_RANGE.format(first=a.checked[0], last=a.checked[1])
            if a.checked
            else "—",
        ]
        for a in told
    ]
    doc.table(m.EXPORT_HABIT_COLUMNS, rows)


def _questions(doc: Doc, r: Report, level: int) -> None:
    answered = [q for q in r.questions if q.answer.strip()]
    open_ = [q for q in r.questions if not q.answer.strip()]
    doc.heading(level, m.EXPORT_H_ANSWERED)
    if not answered:
        doc.none()
    for q in answered:
        doc.bullet(f"{q.text} → {q.answer}", m.EXPORT_SESSION_N.format(n=q.session))
    doc.heading(level, m.EXPORT_H_QUESTIONS)
    doc.entries([Entry(q.text, q.session) for q in open_])


def _keyword_journey(doc: Doc, r: Report, level: int) -> None:
    doc.heading(level, m.EXPORT_H_KEYWORD_JOURNEY)
    if not r.keywords:
        doc.none()
        return
    counts = {s: len(r.keyword_texts(s)) for s in KEYWORD_STATES}
    doc.para(m.EXPORT_JOURNEY.format(len(r.keywords), total=len(r.keywords), **counts))
    kickoff = _kickoff_day(r)
    rows = [
        [
            k.text,
            _on_the_list(k.added, kickoff),
            str(k.sessions[0]) if k.sessions else "—",
            str(k.sessions[-1]) if k.sessions else "—",
            _state(k.status),
        ]
        for k in sorted(r.keywords, key=lambda k: k.text.casefold())
    ]
    doc.table(m.EXPORT_JOURNEY_COLUMNS, rows)


def _kickoff_day(r: Report) -> date | None:
    """The day the list was agreed: the first session's, else the tandem's start."""
    planned = [s.planned_at for s in r.sessions if s.planned_at is not None]
    return min(planned).date() if planned else r.tandem.start


def _on_the_list(added: date | None, kickoff: date | None) -> str:
    """Whether a keyword was on the list agreed at the start, or came later."""
    if added is None or kickoff is None or added <= kickoff:
        return m.EXPORT_KEYWORD_AT_START
    return m.EXPORT_KEYWORD_ADDED.format(date=day(added))


def tandem_sections(doc: Doc, r: Report, level: int) -> None:
    """Everything about one tandem in a midpoint or final summary."""
    _progress(doc, r, level)
    _agendas(doc, r.sessions, level)
    if r.kind == "final":
        _keyword_journey(doc, r, level)
    _coverage(doc, r, level)
    _learned(doc, r, level)
    doc.heading(level, m.EXPORT_H_HIGHLIGHTS)
    doc.entries(r.highlights)
    doc.heading(level, m.EXPORT_H_HARD)
    doc.entries(r.hard)
    _actions(doc, r, level)
    _questions(doc, r, level)


def summary(reports: Sequence[Report], mentor: str = "") -> str:
    """A midpoint or final summary of one tandem, or of several (``--all``)."""
    kind = reports[0].kind if reports else "midpoint"
    title = m.EXPORT_TITLE_FINAL if kind == "final" else m.EXPORT_TITLE_MIDPOINT
    doc = Doc()
    as_of = m.EXPORT_AS_OF.format(date=day(reports[0].as_of.date())) if reports else ""
    byline = m.EXPORT_BY.format(mentor=mentor) if mentor else ""
    if len(reports) == 1:
        r = reports[0]
        doc.heading(1, m.LABEL_VALUE.format(label=title, value=r.tandem.mentee))
        doc.para(*_who(r), byline, as_of)
        tandem_sections(doc, r, 2)
        return doc.text()
    doc.heading(1, m.LABEL_VALUE.format(label=title, value=m.EXPORT_TANDEMS.format(len(reports))))
    doc.para(byline, as_of)
    if not reports:
        doc.none()
    for r in reports:
        doc.heading(2, r.tandem.mentee)
        doc.para(*_who(r))
        tandem_sections(doc, r, 3)
    return doc.text()


def recap(r: Report, mentor: str = "") -> str:
    """A session recap, to send the mentee after the session."""
    session = r.session
    assert session is not None
    doc = Doc()
    doc.heading(1, m.EXPORT_TITLE_RECAP.format(n=session.n, title=session.title or "…"))
    doc.para(
        r.tandem.mentee,
        day(session.planned_at),
        m.EXPORT_BY.format(mentor=mentor) if mentor else "",
    )
    doc.heading(2, m.EXPORT_H_AGENDA)
    if not session.items:
        doc.none()
    for item in session.items:
        state = (
            m.EXPORT_DONE
            if item.done
            else m.EXPORT_SKIPPED
            if item.skipped
            # Time spent on an item not ticked done: it was talked about, not "not reached".
            else m.EXPORT_DISCUSSED.format(minutes=round(item.spent_seconds / 60))
            if item.spent_seconds >= 60
            else m.EXPORT_NOT_REACHED
        )
        doc.bullet(item.title, state)
    doc.heading(2, m.EXPORT_H_HIGHLIGHTS)
    doc.entries([Entry(e.text) for e in r.highlights])
    doc.heading(2, m.EXPORT_H_RECAP_QUESTIONS)
    if not r.questions:
        doc.none()
    for q in r.questions:
        doc.bullet(
            f"{q.text} → {q.answer}" if q.answer.strip() else q.text,
            "" if q.answer.strip() else m.EXPORT_OPEN,
        )
    doc.heading(2, m.EXPORT_H_ACTIONS)
    if not r.actions:
        doc.none()
    for a in r.actions:
        doc.bullet(a.text, _action_note(a, with_session=False))
    doc.heading(2, m.EXPORT_H_LEARNED)
    doc.heading(3, m.EXPORT_H_MENTOR_LEARNED)
    doc.entries([Entry(e.text) for e in r.mentor_learned])
    doc.heading(3, m.EXPORT_H_MENTEE_LEARNED)
    doc.entries([Entry(e.text) for e in r.mentee_learned])
    doc.heading(2, m.EXPORT_H_KEYWORDS_TOUCHED)
    if r.keywords:
        doc.para(*(k.text for k in r.keywords), sep=", ")
    else:
        doc.none()
    doc.heading(2, m.EXPORT_H_NEXT)
    next_at = r.next_session.planned_at if r.next_session else None
    doc.para(day(next_at) if next_at else m.EXPORT_NOT_PLANNED)
    return doc.text()

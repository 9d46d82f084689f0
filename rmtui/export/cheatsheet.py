"""The mentee's cheat sheet: one page to keep, per keyword covered.

Built from public data only (``gather.public``, then ``anonymize`` when asked), so nothing
private can reach it: per keyword of the tandem, the how-tos the mentee learned (``<``
notes and learning entries), the questions they asked with the mentor's answers
(answered ``?`` notes), what they did hands-on (``*`` highlights) and notes kept for it
(``+``); then their own habits with how each went, their open actions, and the glossary
(``= term: explanation`` notes). Written as Markdown (rendered to HTML for print) and as
plain text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from rmtui.core import habits
from rmtui.core import messages as m
from rmtui.core.capture import glossary_entry
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.model import Note, Session
from rmtui.core.text import fold, one_line
from rmtui.export.escape import inline
from rmtui.export.gather import TandemData, actions_with_pending, learning_with_pending
from rmtui.export.markdown import day

HELD = ("done", "running", "paused")
# Kinds that have their own section; ``+`` on any other kind puts it under "good to know".
OWN_SECTION = ("question", "highlight", "mentee-learned")

# A4 on one or two pages: small type, tight spacing, two columns for the topics.
PRINT_STYLE = """
@page { size: A4; margin: 12mm; }
body { max-width: 48rem; }
h2 { margin-top: 1.2rem; }
h3 { font-size: .95rem; margin: .6rem 0 .2rem; color: #5b6770; }
ul { margin: .2rem 0 .4rem; }
@media print {
  body { font-size: 9.5pt; line-height: 1.35; }
  h1 { font-size: 15pt; margin: 0 0 .3rem; }
  h2 { font-size: 11.5pt; margin: .7rem 0 .2rem; }
  h3 { font-size: 10pt; margin: .3rem 0 .1rem; }
  p, ul { margin: .15rem 0; }
}
""".strip()


@dataclass(frozen=True, slots=True)
class Answered:
    question: str
    answer: str


@dataclass(slots=True)
class Topic:
    """What the sheet says under one keyword ("" for the notes of no keyword)."""

    keyword: str
    howtos: list[str] = field(default_factory=list)
    questions: list[Answered] = field(default_factory=list)
    handson: list[str] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.howtos or self.questions or self.handson or self.tips)


@dataclass(frozen=True, slots=True)
class Habit:
    text: str
    rhythm: str
    strip: str


@dataclass(frozen=True, slots=True)
class CheatSheet:
    mentee: str
    mentor: str
    as_of: datetime
    sessions: int
    topics: tuple[Topic, ...]
    habits: tuple[Habit, ...]
    todo: tuple[str, ...]
    glossary: tuple[tuple[str, str], ...]

    @property
    def empty(self) -> bool:
        return not (self.topics or self.habits or self.todo or self.glossary)


def build(data: TandemData, now: datetime, mentor: str = "") -> CheatSheet:
    """The cheat sheet of ``data`` (public data: see ``gather.public``)."""
    held = [s for s in data.sessions if s.status in HELD]
    numbers = {s.n for s in held}
    keywords = sorted(data.keywords, key=lambda k: k.order)
    topics = {fold(k.text): Topic(k.text) for k in keywords if k.status != "dropped"}
    other = Topic("")
    matcher = KeywordMatcher.of(keywords)

    def topic(words: Iterable[str], text: str) -> Topic:
        for word in [*matcher.canonical(words), *matcher.find(text)]:
            if fold(word) in topics:
                return topics[fold(word)]
        return other

    for entry in learning_with_pending(data):
        if entry.learned_by == "mentee" and (entry.session is None or entry.session in numbers):
            topic(entry.keywords, entry.text).howtos.append(one_line(entry.text))
    glossary: dict[str, tuple[str, str]] = {}
    for session in held:
        for note in _notes(session):
            place = topic(note.keywords, note.text)
            if note.sheet == "glossary":
                found = glossary_entry(one_line(note.text))
                if found:
                    glossary[fold(found[0])] = found  # said again later: the later wins
            elif note.kind == "question" and note.answer.strip():
                place.questions.append(Answered(one_line(note.text), one_line(note.answer)))
            elif note.kind == "highlight":
                place.handson.append(one_line(note.text))
            elif note.sheet == "keep" and note.kind not in OWN_SECTION:
                place.tips.append(one_line(note.text))
    mine = [a for a in actions_with_pending(data) if a.owner == "mentee"]
    return CheatSheet(
        mentee=data.tandem.mentee,
        mentor=mentor,
        as_of=now,
        sessions=len(held),
        topics=tuple(t for t in [*topics.values(), other] if not t.empty),
        habits=tuple(
            Habit(one_line(a.text), one_line(a.habit), habits.strip(a.checkins))
            for a in mine
            if a.habit and a.state != "dropped"
        ),
        todo=tuple(one_line(a.text) for a in mine if not a.habit and a.state == "open"),
        glossary=tuple(sorted(glossary.values(), key=lambda t: fold(t[0]))),
    )


def _notes(session: Session) -> list[Note]:
    return sorted(session.notes, key=lambda n: (n.elapsed, n.id))


def _topic_title(topic: Topic) -> str:
    return topic.keyword or m.SHEET_H_OTHER


def _byline(sheet: CheatSheet) -> list[str]:
    count = m.SHEET_SESSIONS.format(sheet.sessions)
    head = m.SHEET_FROM.format(mentor=sheet.mentor) if sheet.mentor else m.SHEET_FROM_NOBODY
    return [head, count, day(sheet.as_of.date())]


def _sections(topic: Topic) -> list[tuple[str, list[str]]]:
    return [
        (m.SHEET_H_HOWTO, topic.howtos),
        (m.SHEET_H_HANDSON, topic.handson),
        (m.SHEET_H_TIPS, topic.tips),
    ]


# --- Markdown (and through it HTML) ---------------------------------------------------------


def markdown(sheet: CheatSheet) -> str:
    lines = [f"# {inline(m.SHEET_TITLE.format(mentee=sheet.mentee))}", ""]
    lines += [" · ".join(inline(p) for p in _byline(sheet)), ""]
    if sheet.empty:
        lines += [f"*{inline(m.SHEET_EMPTY)}*", ""]
    for topic in sheet.topics:
        lines += [f"## {inline(_topic_title(topic))}", ""]
        for title, items in _sections(topic)[:1]:
            lines += _md_list(title, items)
        if topic.questions:
            lines += [f"### {inline(m.SHEET_H_QUESTIONS)}", ""]
            lines += [f"- **{inline(q.question)}** {inline(q.answer)}" for q in topic.questions]
            lines.append("")
        for title, items in _sections(topic)[1:]:
            lines += _md_list(title, items)
    if sheet.habits or sheet.todo:
        lines += [f"## {inline(m.SHEET_H_HABITS)}", ""]
        for h in sheet.habits:
            strip = f" · {inline(h.strip)}" if h.strip else ""
            lines.append(f"- **{inline(h.text)}** *({inline(h.rhythm)}{strip})*")
        lines += [f"- {inline(text)}" for text in sheet.todo]
        lines.append("")
    if sheet.glossary:
        lines += [f"## {inline(m.SHEET_H_GLOSSARY)}", ""]
        lines += [
            f"- **{m.LABEL_COLON.format(label=inline(term))}** {inline(meaning)}"
            for term, meaning in sheet.glossary
        ]
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _md_list(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    return [f"### {inline(title)}", "", *(f"- {inline(i)}" for i in items), ""]


# --- plain text -----------------------------------------------------------------------------


def text(sheet: CheatSheet) -> str:
    """The same page as plain text, for a mail body or a terminal."""
    title = m.SHEET_TITLE.format(mentee=one_line(sheet.mentee))
    lines = [title, "=" * len(title), " · ".join(_byline(sheet)), ""]
    if sheet.empty:
        lines += [m.SHEET_EMPTY, ""]
    for topic in sheet.topics:
        lines += _heading(_topic_title(topic))
        for title_, items in _sections(topic)[:1]:
            lines += _text_list(title_, items)
        if topic.questions:
            lines.append(m.SHEET_H_QUESTIONS)
            for q in topic.questions:
                lines += [f"  - {q.question}", f"    {q.answer}"]
        for title_, items in _sections(topic)[1:]:
            lines += _text_list(title_, items)
        lines.append("")
    if sheet.habits or sheet.todo:
        lines += _heading(m.SHEET_H_HABITS)
        for h in sheet.habits:
            lines.append(f"  - {h.text} ({h.rhythm}{' · ' + h.strip if h.strip else ''})")
        lines += [f"  - {t}" for t in sheet.todo]
        lines.append("")
    if sheet.glossary:
        lines += _heading(m.SHEET_H_GLOSSARY)
        lines += [
            f"  {m.LABEL_VALUE.format(label=term, value=meaning)}"
            for term, meaning in sheet.glossary
        ]
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _heading(title: str) -> list[str]:
    return [title, "-" * len(title)]


def _text_list(title: str, items: list[str]) -> list[str]:
    return [title, *(f"  - {i}" for i in items)] if items else []

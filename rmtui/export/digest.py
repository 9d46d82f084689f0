"""``rmtui meetup digest``: several mentors' midpoint summaries merged into one page.

Every file is someone else's: its front matter is read with the strict loader and checked
field by field, and only the text of its sections' list items is kept (rmtui's own
``*(session 2)*`` notes and bold labels dropped): an item line in the shape rmtui writes
is un-escaped (``escape.item_text``), any other is read with markdown-it-py. Everything is
escaped again on the way out. A file that is not a readable rmtui midpoint
or final summary is reported and left out; the others still make the digest.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from rmtui.core import i18n
from rmtui.core import messages as m
from rmtui.core.coverage import bar
from rmtui.core.text import fold as _fold_text
from rmtui.core.text import one_line
from rmtui.export import frontmatter
from rmtui.export.escape import item_text
from rmtui.export.markdown import Doc, day

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_BYTES = 2 * 1024 * 1024
KINDS = ("midpoint", "final")
TOP_KEYWORDS = 15
LEARNED_PER_TANDEM = 3
LEARNED_CAP = 100
QUESTIONS_CAP = 40
QUESTIONS_PER_TANDEM = 20
# The front matter's ``sections`` keys, and the digest's name for each section.
_SECTIONS = {"mentor_learned": "mentor", "mentee_learned": "mentee", "questions": "questions"}


@dataclass(slots=True)
class TandemSeen:
    mentor: str
    label: str
    mentee_dept: str
    mentor_dept: str
    held: int
    planned: int
    pace: str
    covered: list[str]
    open: list[str]
    totals: dict[str, int] = field(default_factory=dict)  # learned entries, per side
    source: int = 0  # which summary file it came from
    items: dict[str, list[str]] = field(default_factory=dict)  # per section
    aliases: dict[str, list[str]] = field(default_factory=dict)  # keyword -> other words


@dataclass(frozen=True, slots=True)
class Skipped:
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class Digest:
    markdown: str
    used: int
    skipped: tuple[Skipped, ...]


# --- reading one summary ----------------------------------------------------------------


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float | date):
        raise ValueError(m.DIGEST_FOREIGN.format(field=name))
    return one_line(str(value))


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(m.DIGEST_FOREIGN.format(field=name))
    return value


def _map(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(m.DIGEST_FOREIGN.format(field=name))
    return value


def _texts(value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(m.DIGEST_FOREIGN.format(field=name))
    return [t for t in (_text(v, name) for v in value) if t]


def _tandem(doc: Any, mentor: str) -> TandemSeen:
    t = _map(doc, "tandems")
    progress = _map(t.get("progress", {}), "progress")
    keywords = _map(t.get("keywords", {}), "keywords")
    counts = _map(t.get("counts", {}), "counts")
    totals = {
        side: _int(counts.get(f"{side}_learned", 0), f"counts.{side}_learned")
        for side in ("mentor", "mentee")
    }
    return TandemSeen(
        mentor=mentor,
        label=_text(t.get("label"), "label") or _text(t.get("id"), "id"),
        mentee_dept=_text(t.get("mentee_dept"), "mentee_dept"),
        mentor_dept=_text(t.get("mentor_dept"), "mentor_dept"),
        held=_int(progress.get("held", 0), "progress.held"),
        planned=_int(progress.get("planned", 0), "progress.planned"),
        pace=_text(progress.get("pace"), "progress.pace"),
        covered=_texts(keywords.get("covered"), "keywords.covered"),
        # Touched keywords are still open: not marked covered yet.
        open=_texts(keywords.get("open"), "keywords.open")
        + _texts(keywords.get("touched"), "keywords.touched"),
        totals=totals,
        aliases={
            _text(k, "aliases"): _texts(v, "aliases")
            for k, v in _map(t.get("aliases", {}), "aliases").items()
        },
    )


def read_summary(raw: bytes) -> list[TandemSeen]:
    """The tandems of one summary file; ``ValueError`` with the reason to report."""
    if len(raw) > MAX_BYTES:
        raise ValueError(m.DIGEST_TOO_BIG.format(limit=MAX_BYTES // 1024))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(m.DIGEST_NOT_UTF8) from None
    head, body = frontmatter.split(text)
    if head is None:
        if text.startswith(frontmatter.FENCE):
            reason = m.DIGEST_NO_CLOSING.format(fence=frontmatter.FENCE)
            raise ValueError(m.DIGEST_BAD_FRONT_MATTER.format(reason=reason))
        raise ValueError(m.DIGEST_NO_FRONT_MATTER)
    try:
        meta = frontmatter.parse(head)
    except frontmatter.FrontMatterError as exc:
        raise ValueError(m.DIGEST_BAD_FRONT_MATTER.format(reason=exc)) from None
    if meta.get("rmtui") != frontmatter.MARK:
        raise ValueError(m.DIGEST_FOREIGN.format(field="rmtui"))
    schema = meta.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
        raise ValueError(m.DIGEST_FOREIGN.format(field="schema"))
    if schema > frontmatter.SCHEMA:
        raise ValueError(m.DIGEST_NEWER.format(found=schema))
    kind = meta.get("kind")
    if kind not in KINDS:
        raise ValueError(m.DIGEST_WRONG_KIND.format(kind=_text(kind, "kind")))
    mentor = _text(meta.get("mentor"), "mentor")
    entries = meta.get("tandems")
    if not isinstance(entries, list) or not entries:
        raise ValueError(m.DIGEST_FOREIGN.format(field="tandems"))
    tandems = [_tandem(e, mentor) for e in entries]
    _read_sections(body, tandems, _headings(meta))
    return tandems


def _headings(meta: dict[str, Any]) -> dict[str, str]:
    """Heading text -> section, whatever language the summary was written in: the
    headings its front matter names, else those rmtui writes in its ``lang`` or in
    English (summaries from before languages)."""
    found: dict[str, str] = {}
    lang = meta.get("lang")
    for code in dict.fromkeys((i18n.normalize(lang) if isinstance(lang, str) else None, "en")):
        if code is not None:
            found.update(_written_in(code))
    declared = meta.get("sections")
    if isinstance(declared, dict):
        for key, section in _SECTIONS.items():
            text = declared.get(key)
            if isinstance(text, str) and one_line(text):
                found[one_line(text)] = section
    return found


@functools.cache
def _written_in(code: str) -> dict[str, str]:
    """Heading text -> section, as rmtui spells the headings in language ``code`` (the
    same for every summary in that language: asked once)."""
    with i18n.speaking(code):
        spelled = frontmatter.section_headings()
    return {one_line(spelled[key]): section for key, section in _SECTIONS.items()}


_HEADING = re.compile(r"#{1,6}(?:[ \t].*)?")  # one ATX heading line ("." stops at "\n")


def _heading_lines(body: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each ATX heading line in ``body``: the lines that start with "#",
    found with ``str.find`` rather than a pattern tried at every character."""
    start = 0 if body.startswith("#") else body.find("\n#") + 1
    if not start and not body.startswith("#"):
        return
    while True:
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        if _HEADING.fullmatch(body, start, end):
            yield start, end
        start = body.find("\n#", end) + 1
        if not start:
            return


@functools.cache
def _parser() -> MarkdownIt:
    # Loaded for the first line that is not in rmtui's shape, if any.
    from rmtui.export.as_typed import AsTyped

    return AsTyped("commonmark", {"html": False})  # an address merged as it was typed


def item(line: str) -> str:
    """The user text of a list item line ("- ", "* " or "+ " and the item): un-escaped
    when rmtui wrote it, else read by markdown-it; rmtui's label and note left out."""
    text = item_text(line)
    if text is None:
        text = _plain(_parser().parseInline(line[2:])[0])
    return text


def _plain(token: Token) -> str:
    """The user text of an inline token: text and code, without rmtui's emphasis/bold."""
    out: list[str] = []
    depth = 0
    for child in token.children or []:
        if child.type in ("em_open", "strong_open"):
            depth += 1
        elif child.type in ("em_close", "strong_close"):
            depth -= 1
        elif depth == 0 and child.type in ("text", "code_inline"):
            out.append(child.content)
        elif depth == 0 and child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return one_line("".join(out))


def _sections(body: str, count: int, headings: dict[str, str]) -> list[tuple[int, str, list[str]]]:
    """(tandem index, section, lines) of each section the digest reads.

    Headings are found line by line, which is safe because rmtui writes ATX headings and
    escapes a ``#`` that starts user text; only these sections are then split into lines.
    ``--all`` documents have one level-2 heading per tandem, in front matter order.
    """
    several = count > 1
    current = 0 if not several else -1
    found: list[tuple[int, str, list[str]]] = []
    reading: tuple[int, str, int] | None = None  # tandem index, section, where it starts
    for start, end in _heading_lines(body):
        if reading is not None:
            found.append((*reading[:2], body[reading[2] : start].split("\n")))
            reading = None
        line = body[start:end]
        level = len(line) - len(line.lstrip("#"))
        if several and level == 2:
            current = min(current + 1, count - 1)
            continue
        section = headings.get(one_line(line[level:]))
        if section and current >= 0:
            reading = (current, section, end + 1)
    if reading is not None:
        found.append((*reading[:2], body[reading[2] :].split("\n")))
    return found


def _read_sections(body: str, tandems: list[TandemSeen], headings: dict[str, str]) -> None:
    """The first learned items and open questions of each tandem: the first-level list
    items of their sections, each read back to its text (the digest shows only a few per
    tandem; totals come from the front matter counts)."""
    for index, section, lines in _sections(body, len(tandems), headings):
        cap = QUESTIONS_PER_TANDEM if section == "questions" else LEARNED_PER_TANDEM
        kept = tandems[index].items.setdefault(section, [])
        for line in lines:
            if len(kept) >= cap:
                break
            if line.startswith(("- ", "* ", "+ ")):
                text = item(line)
                if text:
                    kept.append(text)


# --- merging ----------------------------------------------------------------------------

# The same keywords, mentors and questions come back from every summary: each is folded once.
fold = functools.lru_cache(maxsize=8192)(_fold_text)


def _topics(tandems: Iterable[TandemSeen]) -> dict[str, str]:
    """Each folded keyword or alias -> one key per topic: a keyword and its aliases, in
    any tandem, are one topic ("notifications" here, "powiadomienia" there)."""
    parent: dict[str, str] = {}

    def find(word: str) -> str:
        while parent.setdefault(word, word) != word:
            word = parent[word]
        return word

    for t in tandems:
        for keyword, others in t.aliases.items():
            for other in others:
                parent[find(fold(other))] = find(fold(keyword))
    return {word: find(word) for word in parent}


def _common(words: Iterable[str], topics: dict[str, str] | None = None) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    same = topics or {}
    for word in words:
        folded = fold(word)
        key = same.get(folded, folded)
        counts[key] += 1
        spelled = spellings.get(key)
        if spelled is None:  # not setdefault: a Counter made for every word costs
            spelled = spellings[key] = Counter()
        spelled[word] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(spellings[k].most_common(1)[0][0], n) for k, n in ranked]


def merge(tandems: Sequence[TandemSeen], now: datetime, summaries: int) -> str:
    doc = Doc()
    doc.heading(1, m.DIGEST_TITLE)
    # A summary without a mentor name counts as one mentor of its own.
    mentors = {fold(t.mentor) if t.mentor else f"#{t.source}" for t in tandems}
    doc.para(
        m.DIGEST_FROM.format(
            summaries=m.COUNT_SUMMARIES.format(summaries),
            mentors=m.COUNT_MENTORS.format(len(mentors)),
            tandems=m.COUNT_TANDEMS.format(len(tandems)),
        ),
        m.DIGEST_GENERATED.format(date=day(now.date())),
    )
    topics = _topics(tandems)
    doc.heading(2, m.DIGEST_H_TANDEMS)
    ordered = sorted(tandems, key=lambda t: (fold(t.mentor), fold(t.label)))
    doc.table(
        m.DIGEST_TANDEM_COLUMNS,
        (
            [
                t.mentor or m.DIGEST_NO_MENTOR,
                t.label,
                " / ".join(d for d in (t.mentee_dept, t.mentor_dept) if d) or "—",
                f"{t.held}/{t.planned}",
                m.PACE_NAMES.get(t.pace, t.pace) if t.pace else "—",
                bar(len(t.covered), len(t.covered) + len(t.open)),
            ]
            for t in ordered
        ),
    )
    for title, words in (
        (m.DIGEST_H_COVERED, [w for t in tandems for w in dict.fromkeys(t.covered)]),
        (m.DIGEST_H_OPEN, [w for t in tandems for w in dict.fromkeys(t.open)]),
    ):
        doc.heading(2, title)
        common = _common(words, topics)[:TOP_KEYWORDS]
        if common:
            doc.table(m.DIGEST_KEYWORD_COLUMNS, ([w, str(n)] for w, n in common))
        else:
            doc.none()
    doc.heading(2, m.DIGEST_H_LEARNED)
    for title, key in (
        (m.DIGEST_H_MENTORS_LEARNED, "mentor"),
        (m.DIGEST_H_MENTEES_LEARNED, "mentee"),
    ):
        doc.heading(3, title)
        picked = [
            (text, t.label) for t in ordered for text in t.items.get(key, [])[:LEARNED_PER_TANDEM]
        ]
        total = sum(max(t.totals.get(key, 0), len(t.items.get(key, []))) for t in tandems)
        if not picked:
            doc.none()
            continue
        for text, label in picked[:LEARNED_CAP]:
            doc.bullet(text, label)
        if total > min(len(picked), LEARNED_CAP):
            doc.lines.append("")
            doc.para(m.DIGEST_MORE.format(total - min(len(picked), LEARNED_CAP)))
        doc.lines.append("")
    doc.heading(2, m.DIGEST_H_QUESTIONS)
    questions = [q for t in tandems for q in dict.fromkeys(t.items.get("questions", []))]
    ranked = _common(questions)[:QUESTIONS_CAP]
    if not ranked:
        doc.none()
    for text, n in ranked:
        doc.bullet(text, m.DIGEST_ASKED.format(n) if n > 1 else "")
    return doc.text()


def digest(
    files: Sequence[tuple[str, bytes]], now: datetime, language: str | None = None
) -> Digest:
    """Merge the readable summaries among ``files`` ((name, bytes) pairs) into a page in
    ``language`` (default: the interface's)."""
    tandems: list[TandemSeen] = []
    skipped: list[Skipped] = []
    seen: dict[bytes, str] = {}  # a file's bytes -> its name: the same file given twice
    used = 0
    for name, raw in files:
        if raw in seen:
            skipped.append(Skipped(name, m.DIGEST_DUPLICATE.format(other=seen[raw])))
            continue
        seen[raw] = name
        try:
            found = read_summary(raw)
        except ValueError as exc:
            skipped.append(Skipped(name, str(exc)))
            continue
        for t in found:
            t.source = used
        tandems += found
        used += 1
    # The page speaks ``language`` (the program's); why a file was left out is said to
    # the mentor, in the interface's.
    with i18n.speaking(language):
        page = merge(tandems, now, used) if used else ""
    return Digest(page, used, tuple(skipped))

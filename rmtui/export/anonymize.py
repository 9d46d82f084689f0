"""``--anonymize``: the mentee's name becomes their role and department, everywhere.

The full name, each part of it (first name, last name, "de Vries") and their spellings
without accents are replaced in every text of the export, note text included, matched
case-insensitively on word boundaries. Name particles alone ("de", "van") are left as
they are: replacing them would mangle ordinary Dutch or French sentences.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from rmtui.core import messages as m
from rmtui.core.model import AgendaItem, Session, Tandem
from rmtui.core.names import name_slug, unique_id
from rmtui.core.text import fold, one_line
from rmtui.export.gather import TandemData

PARTICLES = frozenset(
    [
        "a",
        "al",
        "bin",
        "d",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "la",
        "le",
        "les",
        "of",
        "ten",
        "ter",
        "van",
        "von",
        "y",
        "zu",
    ]
)
Replace = Callable[[str], str]


def label_for(tandem: Tandem) -> str:
    """``Head of Logistics (Logistics)``: what the mentee is called in an anonymized export."""
    role, dept = one_line(tandem.role), one_line(tandem.mentee_dept)
    if role and dept:
        return f"{role} ({dept})"
    if role:
        return role
    return m.ANONYMOUS_MENTEE_OF.format(dept=dept) if dept else m.ANONYMOUS_MENTEE


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def name_variants(name: str) -> list[str]:
    """The full name and the parts people write alone, longest first."""
    parts = _nfc(one_line(name)).split()
    variants = {" ".join(parts)} if parts else set()
    if len(parts) > 1:
        variants.add(" ".join(parts[1:]))  # "de Vries"
        variants.add(" ".join(parts[:-1]))
    for part in parts:
        for piece in {part, *part.split("-")}:
            if len(piece) >= 2 and fold(piece) not in PARTICLES:
                variants.add(piece)
    return sorted((v for v in variants if v), key=lambda v: (-len(v), v))


def _pattern(variant: str) -> str:
    out: list[str] = []
    for ch in variant:
        if ch.isspace():
            out.append(r"\s+")
            continue
        plain = fold(ch)
        if len(plain) == 1 and plain != ch.lower():
            out.append(f"[{re.escape(ch)}{re.escape(plain)}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def replacer(names: Iterable[tuple[str, str]]) -> Replace:
    """A function replacing each (name, label)'s name variants by its label."""
    table: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    for name, label in names:
        for variant in name_variants(name):
            key = fold(variant)
            if key not in table:
                table[key] = label
                patterns.append((variant, _pattern(variant)))
    if not patterns:
        return lambda text: text
    patterns.sort(key=lambda p: -len(p[0]))
    regex = re.compile(r"(?<!\w)(?:" + "|".join(p for _, p in patterns) + r")(?!\w)", re.IGNORECASE)
    folded = {fold(v): table[fold(v)] for v, _ in patterns}

    def run(text: str) -> str:
        if not text:
            return text
        return regex.sub(
            lambda m: folded.get(fold(" ".join(m.group(0).split())), m.group(0)), _nfc(text)
        )

    return run


def anonymize(tandems: list[TandemData]) -> list[TandemData]:
    """Every tandem with every mentee's name (theirs and the others') replaced."""
    labels = [label_for(d.tandem) for d in tandems]
    run = replacer((d.tandem.mentee, label) for d, label in zip(tandems, labels, strict=True))
    slugs: list[str] = []
    for label in labels:
        # A role in Cyrillic or Greek reads in the id too; other scripts: "mentee".
        slugs.append(unique_id(name_slug(label) or "mentee", set(slugs)))
    return [
        _apply(d, label, slug, run) for d, label, slug in zip(tandems, labels, slugs, strict=True)
    ]


def _texts(values: Iterable[str], run: Replace) -> list[str]:
    return [run(v) for v in values]


def _tandem(t: Tandem, label: str, slug: str, run: Replace) -> Tandem:
    return replace(
        t,
        id=slug,
        mentee=label,
        expectations=run(t.expectations),
        rules=_texts(t.rules, run),
        mentor_expectations=run(t.mentor_expectations),
        mentee_interests=run(t.mentee_interests),
        mentee_skills=run(t.mentee_skills),
        mentor_interests=run(t.mentor_interests),
        mentor_skills=run(t.mentor_skills),
    )


def _item(item: AgendaItem, run: Replace) -> AgendaItem:
    return replace(
        item, title=run(item.title), prompts=_texts(item.prompts, run), notes=run(item.notes)
    )


def _session(s: Session, slug: str, run: Replace) -> Session:
    return replace(
        s,
        tandem_id=slug,
        title=run(s.title),
        rules=_texts(s.rules, run),
        items=[_item(i, run) for i in s.items],
        notes=[
            replace(n, text=run(n.text), answer=run(n.answer), keywords=_texts(n.keywords, run))
            for n in s.notes
        ],
        reflection=run(s.reflection),
    )


def _apply(data: TandemData, label: str, slug: str, run: Replace) -> TandemData:
    return TandemData(
        tandem=_tandem(data.tandem, label, slug, run),
        index=tuple(replace(i, title=run(i.title)) for i in data.index),
        sessions=tuple(_session(s, slug, run) for s in data.sessions),
        keywords=tuple(
            replace(k, text=run(k.text), aliases=[run(a) for a in k.aliases]) for k in data.keywords
        ),
        actions=tuple(
            replace(
                a,
                text=run(a.text),
                habit=run(a.habit),
                checkins=[replace(c, note=run(c.note)) for c in a.checkins],
            )
            for a in data.actions
        ),
        learning=tuple(
            replace(e, text=run(e.text), keywords=_texts(e.keywords, run)) for e in data.learning
        ),
    )

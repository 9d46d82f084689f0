"""Language variants of one topic agree in structure where a session depends on it.

A session planned in Dutch and one planned in Polish from the same topic take the same
time, in the same timeboxes, with the follow-up of last time's actions at the same place:
so the frame, the calendar and the recap read the same whichever language was picked.
Titles, prompts, notes, rules and keywords are the translator's to write.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from rmtui.core import messages
from rmtui.core.template import Problem, Template, language_order


def disagreements(templates: Iterable[Template]) -> list[Problem]:
    """Every way a variant differs from its topic's reference (English, else the first
    language): on the variant's file, naming the reference's file."""
    problems: list[Problem] = []
    by_topic = sorted(templates, key=lambda t: t.id)
    for _, group in groupby(by_topic, key=lambda t: t.id):
        variants = list(group)
        order = language_order(t.language for t in variants)
        variants.sort(key=lambda t: order.index(t.language))
        reference, *others = variants
        for variant in others:
            problems.extend(_compare(reference, variant))
    return problems


def _compare(reference: Template, variant: Template) -> list[Problem]:
    found: list[str] = []
    if variant.minutes != reference.minutes:
        found.append(
            messages.AGENDA_VARIANT_MINUTES.format(
                minutes=variant.minutes, expected=reference.minutes
            )
        )
    if len(variant.items) != len(reference.items):
        found.append(
            messages.AGENDA_VARIANT_ITEMS.format(
                count=len(variant.items), expected=len(reference.items)
            )
        )
    else:
        for number, (mine, theirs) in enumerate(
            zip(variant.items, reference.items, strict=True), 1
        ):
            if mine.minutes != theirs.minutes:
                found.append(
                    messages.AGENDA_VARIANT_ITEM_MINUTES.format(
                        n=number, minutes=mine.minutes, expected=theirs.minutes
                    )
                )
            if mine.follow_up != theirs.follow_up:
                message = (
                    messages.AGENDA_VARIANT_FOLLOW_UP
                    if theirs.follow_up
                    else messages.AGENDA_VARIANT_NOT_FOLLOW_UP
                )
                found.append(message.format(n=number))
    mine_total = sum(i.minutes for i in variant.items)
    their_total = sum(i.minutes for i in reference.items)
    if mine_total != their_total:
        found.append(messages.AGENDA_VARIANT_TOTAL.format(minutes=mine_total, expected=their_total))
    path = variant.path
    other = reference.path
    if path is None or other is None:
        return []
    return [
        Problem(
            path,
            0,
            0,
            messages.AGENDA_VARIANT_DISAGREES.format(
                language=variant.language,
                other=other,
                other_language=reference.language,
                problem=what,
            ),
            "items",
        )
        for what in found
    ]

"""``--anonymize``: the mentee's name is gone from every export, note text included."""

from __future__ import annotations

import re

import pytest
from exportkit import fill_fixed, memory_workspace, service
from hypothesis import given, settings
from hypothesis import strategies as st

from rmtui.core.model import Tandem
from rmtui.core.text import fold
from rmtui.export.anonymize import PARTICLES, label_for, name_variants, replacer
from rmtui.service.exports import ExportRequest


def test_label_is_role_and_department() -> None:
    assert label_for(Tandem("x", "X", role="CFO", mentee_dept="Finance")) == "CFO (Finance)"
    assert label_for(Tandem("x", "X", role="CFO")) == "CFO"
    assert label_for(Tandem("x", "X", mentee_dept="Finance")) == "mentee (Finance)"
    assert label_for(Tandem("x", "X")) == "the mentee"


def test_variants_cover_the_parts_people_write_alone() -> None:
    variants = name_variants("Henk de Vries")
    assert {"Henk de Vries", "de Vries", "Henk de", "Henk", "Vries"} <= set(variants)
    assert "de" not in variants  # a particle alone is ordinary text
    assert {"Kowalska", "Łęcka", "Kowalska-Łęcka"} <= set(name_variants("Anna Kowalska-Łęcka"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Henk: install the app", "CFO: install the app"),
        ("told HENK and henk", "told CFO and CFO"),
        ("Mr de Vries agreed", "Mr CFO agreed"),
        ("Henk de  Vries wrote", "CFO wrote"),
        ("Henk's team", "CFO's team"),
        ("Henkie and Vriesland stay", "Henkie and Vriesland stay"),
        ("de data van de dag", "de data van de dag"),
    ],
)
def test_replacer_on_word_boundaries(text: str, expected: str) -> None:
    assert replacer([("Henk de Vries", "CFO")])(text) == expected


def test_replacer_matches_without_accents_and_in_nfd() -> None:
    run = replacer([("Anna Kowalska-Łęcka", "CFO (Finance)")])
    assert (
        run("Lecka and ŁĘCKA and Łe\u0328cka")
        == "CFO (Finance) and CFO (Finance) and CFO (Finance)"
    )


# A particle alone ("van") is deliberately kept, so names here are made of other words.
NAME_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéłøü", min_size=3, max_size=8).filter(
    lambda part: fold(part) not in PARTICLES and fold(part) != "role"  # "role": the stand-in
)


@settings(max_examples=150)
@given(
    first=NAME_PART,
    last=NAME_PART,
    filler=st.lists(st.sampled_from(["the", "met", "said:", "|", "#", "(", ")", ","]), max_size=6),
    case=st.sampled_from([str.lower, str.upper, str.title]),
)
def test_no_part_of_the_name_survives(
    first: str, last: str, filler: list[str], case: object
) -> None:
    name = f"{first.title()} {last.title()}"
    text = " ".join([*filler, case(first), *filler, case(name), case(last) + "'s", *filler])  # type: ignore[operator]
    out = replacer([(name, "ROLE")])(text)
    for part in (first, last):
        assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", out, re.IGNORECASE), out


def test_anonymized_exports_hold_no_name_in_any_kind_or_format() -> None:
    ws = memory_workspace()
    anna, jan = fill_fixed(ws)
    svc = service(ws)
    forbidden = re.compile(r"Anna|Kowalska|Łęcka|Lecka|Boer|Jan's|Jan worries|anna-|jan-de", re.I)
    requests = [
        ExportRequest((anna, jan), kind=k, format=f, anonymize=True)  # type: ignore[arg-type]
        for k in ("midpoint", "final")
        for f in ("md", "html", "json")
    ]
    requests.append(ExportRequest((anna,), kind="session", session=1, anonymize=True))
    for request in requests:
        rendered = svc.render(request)
        for text in (rendered.text, rendered.preview, rendered.name):
            assert not forbidden.search(text), (request, forbidden.search(text))
    recap = svc.render(requests[-1])
    assert "CFO (Finance) wants to post on LinkedIn" in recap.text
    assert recap.name.startswith("cfo-finance-session-1-")

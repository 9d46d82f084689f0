"""Keywords across languages: aliases matched as the keyword, one keyword in coverage;
and a tandem's language from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from lifekit import TEMPLATE, Cli, FakeTime, add_session, add_tandem, at, note, service

from rmtui.core.coverage import coverage
from rmtui.core.errors import InvalidInput
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.model import Keyword
from rmtui.core.planning import rank_templates
from rmtui.core.refs import SessionRef
from rmtui.core.template import Template
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

NOW = at(date(2027, 2, 1), 9)
NOTIFICATIONS = Keyword("notifications", 1, aliases=["notificaties", "meldingen", "powiadomienia"])


def test_an_alias_is_found_as_its_keyword_case_and_accent_insensitive() -> None:
    matcher = KeywordMatcher.of([NOTIFICATIONS, Keyword("prywatność", 2)])
    assert matcher.find("Wyłączyć POWIADOMIENIA w Teams; Meldingen uit") == ["notifications"]
    assert matcher.find("Prywatnosc i meldingen") == ["notifications", "prywatność"]
    assert matcher.resolve("Meldingen") == "notifications"  # a #tag naming an alias
    assert matcher.canonical(["meldingen", "notifications", "x"]) == ["notifications", "x"]


def test_coverage_shows_one_keyword_and_counts_a_note_once(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, keywords=["notifications", "LinkedIn"])
    svc, _ = service(any_ws, NOW)
    svc.add_aliases(tid, "notifications", ["meldingen", "powiadomienia"])
    # One note tagged with the keyword and an alias (tagged before the alias existed).
    n = add_session(
        any_ws,
        tid,
        at(date(2027, 1, 5)),
        "done",
        [note("x", keywords=["notifications", "meldingen"]), note("y", keywords=["Meldingen"])],
    )
    rows = coverage(any_ws.keywords(tid), [any_ws.session(tid, n)]).rows
    assert [r.keyword.text for r in rows].count("notifications") == 1
    assert len(rows) == 2
    row = next(r for r in rows if r.keyword.text == "notifications")
    assert (row.sessions, row.notes) == ((n,), 2)
    svc.promote(tid, n)
    assert next(k for k in any_ws.keywords(tid) if k.text == "notifications").sessions == [n]


def test_a_note_in_another_language_is_attached_to_the_keyword(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, keywords=["notifications"])
    svc, _ = service(any_ws, NOW)
    sessions = SessionService(any_ws, wall=FakeTime().wall, mono=FakeTime().mono)
    ref = SessionRef(tid, sessions.plan(tid, TEMPLATE).n)
    sessions.start(ref)
    svc.add_aliases(tid, "Notifications", ["powiadomienia"])
    saved = sessions.add_note(ref, "Wyłączyła powiadomienia grupy #meldingen")
    assert saved.keywords[0] == "notifications"
    templates = [
        Template(id="a", title="Social networks", keywords=("LinkedIn",)),
        Template(id="b", title="Powiadomienia i przeciążenie informacją"),
    ]
    ranked = rank_templates(templates, any_ws.keywords(tid))
    assert [r.template.id for r in ranked] == ["b", "a"]
    assert ranked[0].covers == ("notifications",)


def test_aliases_are_refused_where_they_would_blur_two_keywords(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, keywords=["notifications", "privacy"])
    svc, _ = service(any_ws, NOW)
    svc.add_aliases(tid, "notifications", ["meldingen"])
    with pytest.raises(InvalidInput):
        svc.add_aliases(tid, "privacy", ["Meldingen"])  # another keyword's alias
    with pytest.raises(InvalidInput):
        svc.add_aliases(tid, "privacy", ["notifications"])  # another keyword
    with pytest.raises(InvalidInput):
        svc.rename_keyword(tid, "privacy", "meldingen")
    assert svc.add_keywords(tid, ["MELDINGEN"]) == []  # already on the list, as an alias
    assert svc.keyword(tid, "meldingen").text == "notifications"
    assert svc.set_keyword_status(tid, "Meldingen", "covered").text == "notifications"
    assert svc.remove_aliases(tid, "notifications", ["MELDINGEN"]).aliases == []
    assert any_ws.keywords(tid)[0].aliases == []


def test_cli_keyword_alias_and_tandem_language(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "workspace")
    code, out, _ = cli("tandem", "add", "--mentee", "Zofia Nowak", "--language", "pl")
    assert code == 0
    tid = out.strip()
    code, _, err = cli("tandem", "add", "--mentee", "Jan", "--language", "klingon")
    assert code == 2
    assert "klingon" in err
    assert "Polski" in err
    assert cli("tandem", "language", tid)[1] == "language: Polski (pl)\n"
    assert cli("tandem", "language", tid, "nl_BE")[1] == f"{tid}: Nederlands (nl)\n"
    _, out, _ = cli("tandem", "show", tid, "--json")
    assert json.loads(out)["language"] == "nl"
    cli("keyword", "add", tid, "notifications")
    code, out, _ = cli("keyword", "alias", tid, "notifications", "meldingen", "powiadomienia")
    assert (code, out) == (0, "notifications: meldingen, powiadomienia\n")
    code, out, _ = cli("keyword", "list", tid, "--json")
    assert json.loads(out)[0]["aliases"] == ["meldingen", "powiadomienia"]
    code, out, _ = cli("keyword", "alias", tid, "powiadomienia", "meldingen", "--remove")
    assert (code, out) == (0, "notifications: powiadomienia\n")


def test_renamed_to_one_of_its_words_and_a_cap_on_words(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, keywords=["notifications"])
    svc, _ = service(any_ws, NOW)
    svc.add_aliases(tid, "notifications", ["meldingen", "powiadomienia"])
    renamed = svc.rename_keyword(tid, "notifications", "Powiadomienia")
    assert (renamed.text, renamed.aliases) == ("Powiadomienia", ["meldingen"])
    assert any_ws.keywords(tid)[0].aliases == ["meldingen"]
    with pytest.raises(InvalidInput):
        svc.add_aliases(tid, "Powiadomienia", [f"word {n}" for n in range(30)])
    assert any_ws.keywords(tid)[0].aliases == ["meldingen"]  # nothing else changed

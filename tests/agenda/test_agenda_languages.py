"""A template is a topic in a language: the library picks a tandem's language first and
falls back (English, else any), precedence is per (topic, language), and `agendas check`
holds the variants of one topic to one structure."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from rmtui.agenda.library import SourceDir, load_sources
from rmtui.agenda.loader import check
from rmtui.agenda.search import filter_templates
from rmtui.core import i18n

REPO = Path(__file__).resolve().parents[2]
Run = Callable[..., subprocess.CompletedProcess[str]]


def variant(
    folder: Path,
    topic: str,
    language: str,
    title: str,
    minutes: tuple[int, ...] = (10, 50),
    *,
    follow_up: int | None = 0,
    total: int = 60,
) -> Path:
    """``<folder>/<language>/<topic>.yaml`` (English: ``<folder>/<topic>.yaml``)."""
    where = folder if language == "en" else folder / language
    where.mkdir(parents=True, exist_ok=True)
    items = "".join(
        f"  - title: Part {n}\n    minutes: {m}\n"
        + ("    follow_up: true\n" if n == follow_up else "")
        for n, m in enumerate(minutes)
    )
    path = where / f"{topic}.yaml"
    path.write_text(
        f"id: {topic}\ntitle: {title}\nlanguage: {language}\nminutes: {total}\nitems:\n{items}",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """kickoff in en, nl, pl; privacy in en and fr; mobile in de only."""
    root = tmp_path / "bundled"
    variant(root, "kickoff", "en", "Kick-off")
    variant(root, "kickoff", "nl", "Kennismaken")
    variant(root, "kickoff", "pl", "Pierwsze spotkanie")
    variant(root, "privacy", "en", "Privacy")
    variant(root, "privacy", "fr", "Vie privée")
    variant(root, "mobile", "de", "Mobil arbeiten")
    return root


def test_the_tandems_language_first_else_english_else_any(tree: Path) -> None:
    library = load_sources([SourceDir("bundled", tree)])
    assert library.problems == []
    assert library.languages("kickoff") == ["en", "nl", "pl"]
    dutch = library.pick("kickoff", "nl")
    assert dutch is not None and dutch.template.title == "Kennismaken" and not dutch.fell_back
    regional = library.pick("kickoff", "nl-BE")
    assert regional is not None and regional.template.language == "nl"
    assert not regional.fell_back
    german = library.pick("privacy", "de")
    assert german is not None and german.template.language == "en" and german.fell_back
    only = library.pick("mobile", "fr")
    assert only is not None and only.template.language == "de" and only.fell_back
    assert library.pick("nothing", "nl") is None
    # One template per topic, the tandem's language first.
    titles = {t.id: t.title for t in library.winners("pl")}
    assert titles == {
        "kickoff": "Pierwsze spotkanie",
        "privacy": "Privacy",
        "mobile": "Mobil arbeiten",
    }
    # Without a language: English, else the first.
    default = library.get("kickoff")
    assert default is not None and default.language == "en"
    assert [t.language for t in library.winners()] == ["en", "de", "en"]


def test_precedence_is_per_topic_and_language(tree: Path, tmp_path: Path) -> None:
    mine = tmp_path / "workspace"
    variant(mine, "kickoff", "en", "My kick-off")
    library = load_sources([SourceDir("workspace", mine), SourceDir("bundled", tree)])
    english = library.get("kickoff", "en")
    assert english is not None and (english.title, english.source) == ("My kick-off", "workspace")
    dutch = library.get("kickoff", "nl")
    assert dutch is not None and (dutch.title, dutch.source) == ("Kennismaken", "bundled")
    [hidden] = library.shadowed
    assert (hidden.key, hidden.source) == (("kickoff", "en"), "bundled")
    assert library.shadowed_by(hidden) is english
    assert library.shadowed_by(dutch) is None


def test_two_files_for_one_topic_and_language_in_one_source(tree: Path) -> None:
    stray = tree / "other"
    stray.mkdir()
    (stray / "kickoff.yaml").write_text((tree / "nl" / "kickoff.yaml").read_text())
    library = load_sources([SourceDir("bundled", tree)])
    [problem] = library.problems
    assert problem.path == stray / "kickoff.yaml"
    assert "'kickoff' in language 'nl' is already defined by" in problem.message
    assert str(tree / "nl" / "kickoff.yaml") in problem.message
    # `agendas check` says the same; the same id in another language is no duplicate.
    assert [p.message for p in check([tree]).problems] == [problem.message]


def test_search_sees_each_language(tree: Path) -> None:
    library = load_sources([SourceDir("bundled", tree)])
    found = filter_templates(library.listing(), "privée")
    assert [(t.id, t.language) for t in found] == [("privacy", "fr")]


def test_check_passes_variants_that_agree(tree: Path) -> None:
    report = check([tree])
    assert report.problems == []
    assert len(report.templates) == 6


def test_check_names_both_files_of_a_pair_that_disagrees(tmp_path: Path) -> None:
    root = tmp_path / "agendas"
    english = variant(root, "kickoff", "en", "Kick-off", (10, 30, 20))
    dutch = variant(root, "kickoff", "nl", "Kennismaken", (10, 40), follow_up=1, total=90)
    problems = check([root]).problems
    assert problems, "a broken pair is reported"
    assert all(p.path == dutch and str(english) in p.message for p in problems)
    text = "\n".join(p.message for p in problems)
    assert "the 'nl' variant does not agree with the 'en' one" in text
    assert "it takes 90 minutes, that one 60" in text
    assert "it has 2 items, that one 3" in text
    # Same number of items: each timebox and the follow-up's place are compared.
    variant(root, "kickoff", "nl", "Kennismaken", (10, 25, 25), follow_up=1)
    text = "\n".join(p.message for p in check([root]).problems)
    assert "item 2 takes 25 minutes, in that one 30" in text
    assert "item 3 takes 25 minutes, in that one 20" in text
    assert "item 1 is the follow-up in that one, not in this one" in text
    assert "item 2 is the follow-up in this one, not in that one" in text


def test_the_bundled_variants_agree_and_the_dutch_kickoff_is_a_variant() -> None:
    report = check([REPO / "agendas"])
    assert report.problems == []
    keys = {t.key for t in report.templates}
    assert {("kickoff", "en"), ("kickoff", "nl")} <= keys
    assert all(not t.id.endswith("-nl") for t in report.templates)


def test_cli_list_show_and_plan_in_a_language(rmtui: Run, ws_root: Path) -> None:
    listed = json.loads(rmtui("agendas", "list", "--json").stdout)
    [kickoff] = [e for e in listed if e["id"] == "kickoff"]
    assert kickoff["languages"] == ["en", "de", "fr", "nl", "pl"] and kickoff["language"] == "en"
    shown = rmtui("agendas", "show", "kickoff", "--language", "nl")
    assert shown.returncode == 0 and shown.stdout.startswith("Kick-off: kennismaken  (kickoff)")
    assert shown.stderr == ""
    fallback = rmtui("agendas", "show", "iot", "--language", "xx")
    assert fallback.returncode == 0
    assert "topic 'iot' has no 'xx' version yet: the 'en' one is used" in fallback.stderr
    tandem = rmtui("tandem", "add", "--mentee", "Jan de Vries").stdout.strip()
    planned = rmtui("session", "plan", tandem, "--agenda", "kickoff", "--language", "nl")
    assert planned.returncode == 0, planned.stderr
    session = json.loads(rmtui("session", "show", planned.stdout.strip(), "--json").stdout)
    assert session["agenda_id"] == "kickoff", "the session records the topic id"
    assert session["title"] == "Kick-off: kennismaken"


def test_check_warns_of_a_file_in_another_languages_folder(tmp_path: Path) -> None:
    root = tmp_path / "agendas"
    variant(root, "kickoff", "en", "Kick-off")
    copied = variant(root, "kickoff", "fr", "Premier rendez-vous")
    text = copied.read_text(encoding="utf-8").replace("language: fr", "language: de")
    (root / "fr" / "kickoff.yaml").write_text(text, encoding="utf-8")
    [problem] = check([root]).problems
    assert (problem.path, problem.severity, problem.field) == (copied, "warning", "language")
    assert problem.message == "the file is in the folder 'fr' but its language is 'de'"


@pytest.mark.parametrize(
    ("language", "a_list", "a_yes_no_value", "a_number"),
    [
        ("en", "must be text, not a list", "not a yes/no value (yes)", "(a number)"),
        ("pl", "musi być tekstem, nie listą", "nie wartością tak/nie (yes)", "(liczba)"),
        ("de", "muss Text sein, nicht eine Liste", "nicht ein Ja/Nein-Wert (yes)", "(eine Zahl)"),
    ],
)
def test_a_broken_template_is_explained_in_the_mentors_language(
    tmp_path: Path, language: str, a_list: str, a_yes_no_value: str, a_number: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(
        "id: broken\ntitle: [a, b]\nminutes: yes\nitems:\n  - title: 1.5\n    minutes: 10\n",
        encoding="utf-8",
    )
    with i18n.speaking(language):
        messages = [p.message for p in check([path]).problems]
    assert any(a_list in m for m in messages), messages
    assert any(a_yes_no_value in m for m in messages), messages
    assert any(a_number in m for m in messages), messages

"""rmtui speaks the language asked for: a message read inside ``speaking`` comes out of
that language's catalog, English where the catalog has no translation, and English reads
no catalog at all."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from rmtui.core import i18n, messages
from rmtui.core.dates import day_label, moment_label, typed_day

Run = Callable[..., subprocess.CompletedProcess[str]]

POLISH = {
    "no tandem {id!r} (see `rmtui tandem list`)": "brak tandemu {id!r} (zob. `rmtui tandem list`)",
    "mentor learned": "mentor nauczył się",
    "monday": "poniedziałek|pon|pn",
    "today": "dzisiaj|dziś",
    "Fri": "pt",
    "Dec": "gru",
    ("{count} session", "{count} sessions"): ("{count} sesja", "{count} sesje", "{count} sesji"),
}


def write_catalog(folder: Path, code: str, entries: dict[object, object]) -> None:
    catalog = Catalog(locale=code, domain=i18n.DOMAIN, fuzzy=False)
    for msgid, msgstr in entries.items():
        catalog.add(msgid, msgstr)  # type: ignore[arg-type]
    target = folder / code / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / f"{i18n.DOMAIN}.mo").open("wb") as file:
        write_mo(file, catalog)


@pytest.fixture
def polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A small Polish catalog in a folder of its own, read instead of the package's."""
    write_catalog(tmp_path, "pl", POLISH)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.translations.cache_clear()
    yield tmp_path
    i18n.translations.cache_clear()


def test_a_message_reads_in_the_language_spoken(polish: Path) -> None:
    assert messages.NO_TANDEM.format(id="anna") == "no tandem 'anna' (see `rmtui tandem list`)"
    with i18n.speaking("pl"):
        said = messages.NO_TANDEM.format(id="anna")
        assert said == "brak tandemu 'anna' (zob. `rmtui tandem list`)"
        # A dict's values are translated, its keys are ids.
        assert messages.NOTE_KIND_NAMES["mentor-learned"] == "mentor nauczył się"
        # No translation yet: the English text.
        assert messages.NO_SESSION.format(id="x/1") == "no session 'x/1'"
    assert messages.NOTE_KIND_NAMES["mentor-learned"] == "mentor learned"


def test_a_count_picks_the_plural_form_of_the_language(polish: Path) -> None:
    sessions = messages.SHEET_SESSIONS
    assert [sessions.format(n) for n in (1, 2, 5)] == ["1 session", "2 sessions", "5 sessions"]
    with i18n.speaking("pl"):
        said = [sessions.format(n) for n in (1, 2, 5, 22, 25)]
        assert said == ["1 sesja", "2 sesje", "5 sesji", "22 sesje", "25 sesji"]
        # No translation yet: English, in its own two forms.
        assert messages.TUI_SEARCH_COUNT.format(1) == "1 match"
        assert messages.TUI_SEARCH_COUNT.format(3) == "3 matches"


def test_days_read_in_the_language_spoken(polish: Path) -> None:
    friday = date(2026, 12, 4)
    assert day_label(friday) == "Fri 4 Dec"
    assert moment_label(datetime(2026, 12, 4, 15, 0)) == "Fri 4 Dec 2026 15:00"
    with i18n.speaking("pl"):
        assert day_label(friday) == "pt 4 gru"
        assert day_label(friday, weekday=False, year=True) == "4 gru 2026"
        assert moment_label(datetime(2026, 12, 4, 15, 0)) == "pt 4 gru 2026 15:00"


def test_typed_words_work_in_english_and_in_the_language_spoken(polish: Path) -> None:
    friday = date(2026, 12, 4)
    with i18n.speaking("pl"):
        assert typed_day("pon", friday) == date(2026, 12, 7)
        assert typed_day("poniedziałek", friday) == date(2026, 12, 7)
        assert typed_day("mon", friday) == date(2026, 12, 7)
        assert typed_day("dziś", friday) == friday
        assert typed_day("today", friday) == friday
    assert typed_day("pon", friday) is None


def test_english_reads_no_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "LOCALE_DIR", Path("/nonexistent"))
    i18n.translations.cache_clear()
    try:
        assert messages.TUI_HELP_TITLE == "Help"
        assert i18n.translations.cache_info().currsize == 0
    finally:
        i18n.translations.cache_clear()


def test_the_interface_language_comes_from_the_setting_or_the_locale() -> None:
    assert i18n.choose("de", {"LANG": "nl_BE.UTF-8"}) == "de"
    assert i18n.choose(None, {"LANG": "nl_BE.UTF-8"}) == "nl"
    assert i18n.choose(None, {"LC_ALL": "fr_FR.UTF-8", "LANG": "nl_BE.UTF-8"}) == "fr"
    assert i18n.choose(None, {"LANG": "C"}) == "en"
    assert i18n.choose(None, {"LANG": "C.UTF-8"}) == "en"
    assert i18n.choose(None, {}) == "en"
    assert i18n.choose("xx", {"LANG": "pl_PL.UTF-8"}) == "pl"


def test_the_language_setting_is_the_next_runs_language(rmtui: Run, ws_root: Path) -> None:
    from rmtui.service.language import interface_language

    workspace = str(ws_root)
    assert interface_language(workspace, {"LANG": "nl_BE.UTF-8"}) == "nl"
    assert interface_language(workspace, {"LANG": "C"}) == "en"
    assert rmtui("settings", "set", "language", "de").returncode == 0
    assert interface_language(workspace, {"LANG": "nl_BE.UTF-8"}) == "de"
    shown = rmtui("settings", "show", "--json")
    assert '"language": "de"' in shown.stdout
    refused = rmtui("settings", "set", "language", "xx")
    assert refused.returncode == 2 and "en, nl, fr, de, pl" in refused.stderr
    assert interface_language(workspace, {}) == "de"  # unchanged
    assert rmtui("settings", "set", "language", "").returncode == 0
    assert interface_language(workspace, {"LANG": "pl_PL.UTF-8"}) == "pl"


def test_the_next_run_builds_its_help_in_the_language_set(
    rmtui: Run, ws_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rmtui.cli import build_parser, speak

    locale = tmp_path / "locale"
    write_catalog(locale, "de", {"add a tandem; prints its id": "ein Tandem anlegen"})
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    i18n.translations.cache_clear()
    assert rmtui("settings", "set", "language", "de").returncode == 0
    try:
        assert speak(["--workspace", str(ws_root), "tandem", "--help"]) == "de"
        helped = build_parser(["tandem", "--help"])._subparsers._group_actions[0]  # type: ignore[union-attr]
        assert "ein Tandem anlegen" in helped.choices["tandem"].format_help()
    finally:
        i18n.use_language(None)
        i18n.translations.cache_clear()


def test_a_json_run_stays_in_english(rmtui: Run, ws_root: Path) -> None:
    from rmtui.cli import speak

    assert rmtui("settings", "set", "language", "pl").returncode == 0
    try:
        assert speak(["--workspace", str(ws_root), "tandem", "list"]) == "pl"
        assert speak(["--workspace", str(ws_root), "tandem", "list", "--json"]) == "en"
    finally:
        i18n.use_language(None)

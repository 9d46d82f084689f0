"""Which language, where: a tandem's exports speak its language, the digest the program's.

Messages are translated where they are read (``i18n.gettext``); here a tiny Polish catalog,
written to a temporary locale folder, and a messages stand-in that translates on access
show which language the rendering code runs in.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from exportkit import MD, fill_fixed, fixed_clock, section_items, service

from rmtui.core import i18n
from rmtui.core import messages as m
from rmtui.core.tandems import TandemDraft
from rmtui.export import frontmatter, json_export
from rmtui.export import markdown as markdown_module
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.store import Workspace

POLISH = {
    "The mentor learned": "Czego nauczył się mentor",
    "The mentee learned": "Czego nauczyła się mentee",
    "Questions for the other mentors": "Pytania do innych mentorów",
}


def write_mo(path: Path, catalog: dict[str, str]) -> None:
    """A GNU .mo file of ``catalog`` (the format ``gettext`` reads), UTF-8."""
    entries = {"": "Content-Type: text/plain; charset=UTF-8\n", **catalog}
    keys = sorted(entries)
    ids = [k.encode() for k in keys]
    strs = [entries[k].encode() for k in keys]
    start = 7 * 4 + 16 * len(keys)
    offsets: list[tuple[int, int]] = []
    data = b""
    for blob in (*ids, *strs):
        offsets.append((len(blob), start + len(data)))
        data += blob + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    table = b"".join(struct.pack("<2I", n, at) for n, at in offsets)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(head + table + data)


class Translated:
    """``messages`` as read once translated at access: the text in the language spoken."""

    def __getattr__(self, name: str) -> Any:
        value = getattr(m, name)
        return i18n.gettext(value) if isinstance(value, str) else value


@pytest.fixture
def polish_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    write_mo(tmp_path / "locale" / "pl" / "LC_MESSAGES" / "rmtui.mo", POLISH)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    i18n.translations.cache_clear()
    yield
    i18n.translations.cache_clear()


@pytest.fixture
def dutch_mentor() -> Iterator[None]:
    """The mentor's interface speaks Dutch."""
    before = i18n.interface_language()
    i18n.use_language("nl")
    yield
    i18n.use_language(before)


def polish_tandem(ws: Workspace) -> str:
    anna, _jan = fill_fixed(ws)
    ws.update_tandem(anna, language="pl")
    return anna


def test_a_polish_tandem_of_a_dutch_mentor_gets_polish_exports(
    dutch_mentor: None, polish_catalog: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exportkit import memory_workspace

    ws = memory_workspace()
    anna = polish_tandem(ws)
    monkeypatch.setattr(markdown_module, "m", Translated())
    exports = service(ws)
    recap = exports.render(ExportRequest((anna,), kind="session", session=2)).text
    head, _body = frontmatter.split(recap)
    assert head is not None
    assert frontmatter.parse(head)["lang"] == "pl"
    page = exports.render(ExportRequest((anna,), format="html")).text
    assert '<html lang="pl">' in page
    summary = exports.render(ExportRequest((anna,))).text
    assert "### Czego nauczyła się mentee" in summary
    assert "### The mentee learned" not in summary
    # What rmtui says to the mentor afterwards is in the interface's language again.
    assert i18n.current() == "nl"


def test_a_tandem_from_before_languages_speaks_the_interface_language(
    dutch_mentor: None, tmp_path: Path
) -> None:
    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    anna, _jan = fill_fixed(ws)
    ws.update_tandem(anna, language="")  # as a file written before tandems had a language
    assert "language" not in ws.layout.tandem_file(anna).read_text()
    assert ws.tandem(anna).language == ""
    recap = service(ws).render(ExportRequest((anna,), kind="session", session=1)).text
    assert "\nlang: nl\n" in recap
    assert "language" not in ws.layout.tandem_file(anna).read_text()  # not rewritten


def test_a_new_tandem_takes_the_interface_language_unless_told(
    dutch_mentor: None, tmp_path: Path
) -> None:
    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    default = ws.add_tandem(TandemDraft(mentee="Els Peeters"))
    french = ws.add_tandem(TandemDraft(mentee="Luc Dubois", language="FR"))
    assert (default.language, french.language) == ("nl", "fr")
    doc = json.loads(ws.layout.tandem_file(french.id).read_text())
    assert doc["tables"]["profile"]["1"]["language"] == "fr"


def test_json_export_round_trip_keeps_language_and_aliases(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "one", now=fixed_clock)
    anna = polish_tandem(ws)
    ws.set_keyword_aliases(anna, "notifications", add=["meldingen", "powiadomienia"])
    exports = ExportService(ws, clock=fixed_clock, mentor="Sam")
    path = tmp_path / "anna.json"
    exports.write(exports.render(ExportRequest((anna,), format="json")), path)
    other = Workspace(tmp_path / "two", now=fixed_clock)
    [done] = ExportService(other, clock=fixed_clock).import_file(path)
    assert other.tandem(done.tandem.id).language == "pl"
    aliases = {k.text: k.aliases for k in other.keywords(done.tandem.id)}
    assert aliases["notifications"] == ["meldingen", "powiadomienia"]


def test_an_anonymized_export_hides_the_name_in_aliases_too() -> None:
    from exportkit import memory_workspace

    ws = memory_workspace()
    anna, _jan = fill_fixed(ws)
    ws.set_keyword_aliases(anna, "privacy", add=["Anna's privacy"])
    text = service(ws).render(ExportRequest((anna,), format="json", anonymize=True)).text
    assert "Anna" not in text


def test_json_export_names_the_language_of_a_tandem_that_never_chose(
    dutch_mentor: None,
) -> None:
    from exportkit import memory_workspace

    ws = memory_workspace()
    anna, _jan = fill_fixed(ws)
    ws.update_tandem(anna, language="")
    data = json.loads(service(ws).render(ExportRequest((anna,), format="json")).text)
    assert data["tandems"][0]["tandem"]["language"] == "nl"
    assert json_export.REVIEWED["Tandem"] >= {"language"}


def test_the_digest_speaks_the_program_language_and_merges_a_polish_summary(
    polish_catalog: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    anna, jan = fill_fixed(ws)
    english = tmp_path / "en.md"
    english.write_text(service(ws).render(ExportRequest((jan,))).text)
    ws.update_tandem(anna, language="pl")
    with monkeypatch.context() as patched:  # rendered as a Polish rmtui writes it
        patched.setattr(markdown_module, "m", Translated())
        patched.setattr(frontmatter, "messages", Translated())
        polish_text = service(ws).render(ExportRequest((anna,))).text
    assert "### Czego nauczyła się mentee" in polish_text
    polish = tmp_path / "pl.md"
    polish.write_text(polish_text)
    tokens = MD.parse(polish_text)
    assert section_items(tokens, "Czego nauczyła się mentee")  # the file has items to merge

    seen: list[str] = []
    real_merge = __import__("rmtui.export.digest", fromlist=["merge"]).merge

    def merge(*args: Any) -> str:
        seen.append(i18n.current())
        return str(real_merge(*args))

    monkeypatch.setattr("rmtui.export.digest.merge", merge)
    ws.layout.settings.write_text("program_language: de\n")
    result = ExportService(ws, clock=fixed_clock).digest([english, polish])
    assert (result.used, result.skipped) == (2, ())
    assert seen == ["de"]
    learned = section_items(MD.parse(result.markdown), m.DIGEST_H_MENTEES_LEARNED)
    assert "Where the privacy settings hide" in learned  # from the Polish summary


def test_a_summary_of_several_tandems_speaks_the_program_language(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    anna, jan = fill_fixed(ws)
    ws.update_tandem(anna, language="pl")
    ws.layout.settings.write_text("program_language: fr\n")
    text = service(ws).render(ExportRequest((anna, jan))).text
    assert "\nlang: fr\n" in text


def test_an_old_english_summary_without_sections_still_merges(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    anna, _jan = fill_fixed(ws)
    text = service(ws).render(ExportRequest((anna,))).text
    head, body = frontmatter.split(text)
    assert head is not None
    meta = frontmatter.parse(head)
    del meta["sections"], meta["lang"]
    old = tmp_path / "old.md"
    old.write_text(frontmatter.dump(meta) + body)
    result = ExportService(ws, clock=fixed_clock).digest([old])
    learned = section_items(MD.parse(result.markdown), m.DIGEST_H_MENTEES_LEARNED)
    assert "Where the privacy settings hide" in learned


def test_the_calendar_speaks_the_tandem_language(
    dutch_mentor: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from rmtui.core.model import Session
    from rmtui.service import calendar as calendar_module

    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    tandem = ws.add_tandem(TandemDraft(mentee="Zofia Nowak", language="pl", start=date(2026, 3, 2)))
    at = datetime(2026, 3, 10, 15, 0).astimezone()
    ws.add_session(Session(tandem_id=tandem.id, n=0, planned_at=at))
    spoken: list[str] = []
    real = calendar_module.calendar

    def calendar(*args: Any) -> str:
        spoken.append(i18n.current())
        return real(*args)

    monkeypatch.setattr(calendar_module, "calendar", calendar)
    text, count = calendar_module.session_calendar(ws, tandem.id, fixed_clock(), lambda _id: None)
    assert (count, spoken) == (1, ["pl"])
    assert "BEGIN:VCALENDAR" in text


def test_the_digest_counts_a_keyword_and_its_alias_in_two_tandems_as_one(
    tmp_path: Path,
) -> None:
    from exportkit import tables

    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    els = ws.add_tandem(TandemDraft(mentee="Els Peeters", start=date(2026, 1, 5))).id
    zofia = ws.add_tandem(TandemDraft(mentee="Zofia Nowak", start=date(2026, 1, 5))).id
    ws.add_keywords(els, ["notifications"])
    ws.set_keyword_aliases(els, "notifications", add=["powiadomienia"])
    ws.add_keywords(zofia, ["Powiadomienia"])
    for tandem, word in ((els, "notifications"), (zofia, "Powiadomienia")):
        ws.set_keyword_status(tandem, word, "covered")
    summary = tmp_path / "all.md"
    summary.write_text(service(ws).render(ExportRequest((els, zofia))).text)
    result = ExportService(ws, clock=fixed_clock).digest([summary])
    covered = tables(MD.parse(result.markdown))[1]
    assert len(covered) == 2  # the header and one keyword
    assert covered[1][0] in ("notifications", "Powiadomienia")
    assert covered[1][1] == "2"

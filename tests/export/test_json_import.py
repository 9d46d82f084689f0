"""JSON export -> ``rmtui import`` into another workspace -> the same tandem, minus privacy."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from exportkit import fill_fixed, fixed_clock, service

from rmtui.core import model
from rmtui.core.errors import ImportConflict
from rmtui.export import json_export
from rmtui.export.json_export import ImportRefused
from rmtui.service.exports import ExportRequest
from rmtui.store import Workspace


@pytest.fixture
def source(tmp_path: Path) -> tuple[Workspace, str, str]:
    ws = Workspace(tmp_path / "one", now=fixed_clock)
    anna, jan = fill_fixed(ws)
    return ws, anna, jan


def _without(text: str, *keys: str) -> object:
    doc = json.loads(text)
    doc.pop("exported")
    for t in doc["tandems"]:
        for key in keys:
            t["tandem"].pop(key, None)
        for s in t["sessions"]:
            s["session"].pop("tandem_id")
    return doc


def test_round_trip_keeps_every_public_thing(
    tmp_path: Path, source: tuple[Workspace, str, str]
) -> None:
    ws, anna, _ = source
    exported = service(ws).render(ExportRequest((anna,), format="json"))
    file = tmp_path / "anna.json"
    file.write_text(exported.text, encoding="utf-8")

    other = Workspace(tmp_path / "two", now=fixed_clock)
    done = service(other).import_file(file)
    assert [d.tandem.id for d in done] == [anna]
    assert (done[0].sessions, done[0].notes) == (4, 11)  # 15 notes, 4 of them private
    again = service(other).render(ExportRequest((anna,), format="json"))
    assert json.loads(again.text)["tandems"] == json.loads(exported.text)["tandems"]
    for kind in ("midpoint", "final"):
        first = service(ws).render(ExportRequest((anna,), kind=kind)).text  # type: ignore[arg-type]
        second = service(other).render(ExportRequest((anna,), kind=kind)).text  # type: ignore[arg-type]
        assert first == second
    # Nothing private was carried over, and the reflection is not even a key.
    assert not any(
        n.private for s in other.summary(anna).sessions for n in other.session(anna, s.n).notes
    )
    assert all(other.session(anna, s.n).reflection == "" for s in other.summary(anna).sessions)
    assert '"reflection"' not in exported.text
    assert not any(a.private for a in other.actions(anna))


def test_importing_a_tandem_twice_asks_to_replace_or_skip(
    tmp_path: Path, source: tuple[Workspace, str, str]
) -> None:
    ws, anna, jan = source
    file = tmp_path / "both.json"
    file.write_text(service(ws).render(ExportRequest((anna, jan), format="json")).text)
    ws.add_keywords(anna, ["mastodon"])  # the workspace's copy moved on since the export
    before = ws.summary(anna)
    with pytest.raises(ImportConflict) as refused:
        service(ws).import_file(file)
    assert refused.value.ids == (anna, jan)
    assert "--replace" in str(refused.value) and "--skip" in str(refused.value)
    assert sorted(ws.tandem_ids()) == sorted([anna, jan])  # never a -2 copy
    assert ws.summary(anna) == before

    skipped = service(ws).import_file(file, existing="skip")
    assert [(d.tandem.id, d.outcome) for d in skipped] == [(anna, "skipped"), (jan, "skipped")]
    assert ws.summary(anna) == before

    replaced = service(ws).import_file(file, existing="replace")
    assert [(d.tandem.id, d.outcome) for d in replaced] == [(anna, "replaced"), (jan, "replaced")]
    assert sorted(ws.tandem_ids()) == sorted([anna, jan])
    assert "mastodon" not in [k.text for k in ws.keywords(anna)]  # the file's copy
    assert _without(service(ws).render(ExportRequest((anna, jan), format="json")).text) == _without(
        file.read_text()
    )


def test_skip_imports_the_tandems_not_here_yet(
    tmp_path: Path, source: tuple[Workspace, str, str]
) -> None:
    ws, anna, jan = source
    file = tmp_path / "both.json"
    file.write_text(service(ws).render(ExportRequest((anna, jan), format="json")).text)
    ws.erase_tandem(jan)
    done = service(ws).import_file(file, existing="skip")
    assert [(d.tandem.id, d.outcome) for d in done] == [(anna, "skipped"), (jan, "imported")]
    assert sorted(ws.tandem_ids()) == sorted([anna, jan])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe", "not UTF-8"),
        (b"{", "not JSON"),
        (b'{"rmtui": "tandem", "schema": 1}', "'rmtui' field"),
        (b'{"rmtui": "tandem-export", "schema": "1"}', "'schema'"),
        (b'{"rmtui": "tandem-export", "schema": 1, "tandems": [{"tandem": {}}]}', "'id'"),
        (b'{"rmtui": "tandem-export", "schema": 1, "tandems": [1]}', "object"),
        (
            b'{"rmtui": "tandem-export", "schema": 1, "tandems": [{"tandem": {"id": "a", '
            b'"mentee": "A"}, "actions": {"0": {"text": "x"}}}]}',
            "id '0'",
        ),
        (b"[" * 100000, "nested too deeply"),
    ],
)
def test_import_refuses_what_is_not_an_export(tmp_path: Path, content: bytes, reason: str) -> None:
    file = tmp_path / "x.json"
    file.write_bytes(content)
    ws = Workspace(tmp_path / "ws", now=fixed_clock)
    with pytest.raises(ImportRefused, match=reason.replace("(", r"\(")):
        service(ws).import_file(file)
    assert ws.tandem_ids() == []


def test_import_refuses_a_newer_schema(tmp_path: Path) -> None:
    file = tmp_path / "x.json"
    file.write_text('{"rmtui": "tandem-export", "schema": 99, "tandems": []}')
    with pytest.raises(ImportRefused, match="newer rmtui"):
        service(Workspace(tmp_path / "ws")).import_file(file)


def test_every_model_field_had_its_privacy_reviewed() -> None:
    """A new field on a model fails here until someone decides whether it may be exported
    (and, if private, filters it in ``export.gather.public``)."""
    for name, reviewed in json_export.REVIEWED.items():
        fields = {f.name for f in dataclasses.fields(getattr(model, name))}
        assert fields == reviewed, (name, fields ^ reviewed)


def test_an_export_from_before_follow_up_references_imports_with_them(
    tmp_path: Path, source: tuple[Workspace, str, str]
) -> None:
    ws, anna, _ = source
    doc = json.loads(service(ws).render(ExportRequest((anna,), format="json")).text)
    [tandem] = doc["tandems"]
    action_id, action = next(iter(tandem["actions"].items()))
    item = tandem["sessions"][-1]["session"]["items"][0]
    for key in ("follow_up", "actions", "action_notes"):
        del item[key]  # as rmtui wrote items before: the action's text among the prompts
    item["prompts"] = [action["text"], "How did the week go?"]
    [data] = json_export.load(json.dumps(doc).encode(), tmp_path / "old.json")
    first = data.sessions[-1].items[0]
    assert (first.prompts, first.actions, first.follow_up) == (
        ["How did the week go?"],
        [int(action_id)],
        True,
    )

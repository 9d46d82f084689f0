"""Session files of schema 1 held copies of action texts in their follow-up items, private
ones included; read by this rmtui they refer to the actions by id instead."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from kit.files import file_doc
from storekit import draft, note, session

from rmtui.core.model import Action, AgendaItem
from rmtui.core.planning import followed_up
from rmtui.core.upgrades import refer_to_actions
from rmtui.store import Workspace
from rmtui.store.atomic import write_atomic
from rmtui.store.schema import SCHEMA_VERSION

SECRET = "ask HR about the burnout leave"


def _as_schema_1(path: Path, prompts_of: dict[int, list[str]]) -> None:
    """Rewrite a session file as rmtui wrote it before follow-ups referred to actions."""
    doc = file_doc(path)
    doc["schema"] = 1
    for record in doc["tables"]["session"].values():
        for index, item in enumerate(record["items"]):
            for key in ("follow_up", "actions", "action_notes"):
                del item[key]
            item["prompts"] = prompts_of.get(index, item["prompts"])
    write_atomic(path, json.dumps(doc).encode())


def test_a_schema_1_follow_up_refers_to_its_actions(workspace: Workspace) -> None:
    tid = workspace.add_tandem(draft()).id
    public, secret, done = workspace.add_actions(
        tid,
        [
            Action(0, "one tweet per day"),
            Action(0, f"{SECRET}\nbefore March", private=True),  # copied on one line
            Action(0, "switch off group X", state="done"),
        ],
    )
    items = [AgendaItem("Follow-up of actions", 10), AgendaItem("Profile audit", 30)]
    stored = workspace.add_session(replace(session(tid), items=items))
    path = workspace.layout.session_file(tid, stored.n)
    old_prompts = {
        0: ["one tweet per day", f"{SECRET} before March", "How did the week go?"],
        1: ["switch off group X", "Open the settings"],  # any item: a copy is a copy
    }
    _as_schema_1(path, old_prompts)

    read = workspace.session(tid, stored.n)
    first, second = read.items
    assert first.prompts == ["How did the week go?"]
    assert (first.follow_up, first.actions) == (True, [public.id, secret.id])
    assert (second.prompts, second.actions, second.follow_up) == (
        ["Open the settings"],
        [done.id],
        True,
    )
    shown = followed_up(first, workspace.actions(tid), shared=True)
    assert [a.text for a in shown] == ["one tweet per day"]

    # The next write stamps the current schema; the private text is gone from the file.
    workspace.add_note(tid, stored.n, note("first note"))
    raw = path.read_bytes()
    assert file_doc(path)["schema"] == SCHEMA_VERSION
    assert SECRET.encode() not in raw
    assert workspace.session(tid, stored.n).items == read.items


def test_migrating_twice_changes_nothing() -> None:
    items = [{"title": "Follow-up", "minutes": 5, "prompts": ["a", "b", "a"]}]
    once = refer_to_actions(json.loads(json.dumps(items)), [(1, "a"), (2, "a")])
    assert once == [
        {"title": "Follow-up", "minutes": 5, "prompts": ["b"], "follow_up": True, "actions": [1, 2]}
    ]
    assert refer_to_actions(json.loads(json.dumps(once)), [(1, "a"), (2, "a")]) == once
    # An item that is not a follow-up and copies no action is left exactly as it was.
    plain = [{"title": "Tour", "minutes": 5, "prompts": ["b"]}, "not an item"]
    assert refer_to_actions(list(plain), [(1, "a")]) == plain


def test_without_a_readable_tandem_file_nothing_is_lost(workspace: Workspace) -> None:
    tid = workspace.add_tandem(draft()).id
    stored = workspace.add_session(session(tid))
    path = workspace.layout.session_file(tid, stored.n)
    doc = file_doc(path)
    doc["schema"] = 1
    doc["tables"]["session"]["1"]["items"] = [
        {"title": "Opvolging van acties", "minutes": 5, "prompts": ["kept"]}
    ]
    write_atomic(path, json.dumps(doc).encode())
    workspace.layout.tandem_file(tid).write_bytes(b"{broken")
    [item] = workspace.session(tid, stored.n).items
    assert (item.title, item.prompts, item.follow_up, item.actions) == (
        "Opvolging van acties",
        ["kept"],
        True,
        [],
    )

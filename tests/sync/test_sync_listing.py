"""`rmtui agendas list` says which synced commit is in use, in text and in JSON."""

from __future__ import annotations

import json

from synckit import World

from rmtui.cli import main


def test_list_names_the_synced_commit(synced: World, capsys) -> None:  # type: ignore[no-untyped-def]
    root = str(synced.layout.root)
    assert main(["--workspace", root, "agendas", "list"]) == 0
    out = capsys.readouterr().out
    commit = synced.remote.git("rev-parse", "HEAD").strip()
    assert commit[:12] in out.splitlines()[-1]
    assert main(["--workspace", root, "agendas", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in rows if r["source"] == "synced"}
    assert by_id["kickoff"]["synced_commit"] == commit
    assert all(r["synced_commit"] is None for r in rows if r["source"] == "bundled")

"""A damaged ``sync/state.json`` or synced manifest is reported and kept, never
overwritten unseen (issue 12, items 15 and 16)."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

import pytest
from synckit import World

from rmtui.agenda.sync import MANIFEST, STATE, last_sync, read_state, report_lines, sync_dir
from rmtui.cli import main

DAMAGE = {
    "truncated": b'{"cache_repo": "x", "last": {',
    "duplicate key": b'{"cache_repo": "a", "cache_repo": "b"}',
    "not an object": b"[1, 2]",
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_state_file_is_kept_and_reported(synced: World, damage: str) -> None:
    state = sync_dir(synced.layout) / STATE
    state.write_bytes(DAMAGE[damage])
    synced.remote.put("iot", "IoT")
    synced.remote.commit()

    report = synced.sync()

    assert report.outcome == "synced"
    said = "\n".join(report_lines(report))
    assert str(state) in said and "could not be read" in said
    (kept,) = sync_dir(synced.layout).glob("state.json.damaged-*")
    assert kept.read_bytes() == DAMAGE[damage]
    assert read_state(synced.layout)["last"]["outcome"] == "synced"  # a fresh one now
    synced.sync()
    assert len(list(sync_dir(synced.layout).glob("state.json.damaged-*"))) == 1


def test_a_damaged_manifest_is_reported_by_list_and_kept_by_the_next_sync(
    synced: World,
) -> None:
    manifest = synced.layout.synced_agendas / MANIFEST
    broken = manifest.read_bytes().replace(b'"repo"', b'"repo": "x", "repo"', 1)
    manifest.write_bytes(broken)
    assert last_sync(synced.layout) is None

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        main(["--workspace", str(synced.layout.root), "agendas", "list"])
    assert str(manifest) in err.getvalue() and "'repo' appears twice" in err.getvalue()

    report = synced.sync()
    assert report.outcome == "synced"
    assert any(str(manifest) in str(w) for w in report.warnings)
    (kept,) = sync_dir(synced.layout).glob("rmtui-sync.json.damaged-*")
    assert kept.read_bytes() == broken
    assert last_sync(synced.layout) is not None  # rebuilt from the repository

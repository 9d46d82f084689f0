"""A sync fetches no blob over a template's cap and cleans up after a killed sync
(issue 12, item 11)."""

from __future__ import annotations

import os
import subprocess

from synckit import World

from rmtui.agenda.files import MAX_BYTES
from rmtui.agenda.sync import CACHE, sync_dir

BIG = MAX_BYTES * 4


def _in_cache(world: World, oid: str) -> bool:
    """Whether the cache holds ``oid`` (asked without fetching what is missing)."""
    cache = sync_dir(world.layout) / CACHE
    done = subprocess.run(
        ["git", f"--git-dir={cache}", "rev-list", "--objects", "--missing=print", "--all"],
        env=world.env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    listed = {line.split()[0] for line in done.stdout.splitlines()}
    assert oid in listed or f"?{oid}" in listed, "the commit lists it, present or not"
    return oid in listed


def test_a_huge_blob_is_never_fetched_and_a_huge_template_is_refused(world: World) -> None:
    world.remote.git("--git-dir", str(world.remote.bare), "config", "uploadpack.allowFilter", "1")
    world.remote.put("kickoff", "Kick-off")
    world.remote.write("video.mp4", os.urandom(BIG))
    world.remote.write("templates/huge.yaml", b"# " + b"x" * BIG + b"\n")
    world.remote.commit()
    video = world.remote.git("rev-parse", "HEAD:video.mp4")
    huge = world.remote.git("rev-parse", "HEAD:templates/huge.yaml")

    report = world.sync()

    assert report.outcome == "synced" and world.synced_ids() == {"kickoff"}
    assert [path for path, _ in report.invalid] == ["templates/huge.yaml"]
    assert "larger than" in str(report.invalid[0][1][0])
    assert not _in_cache(world, video) and not _in_cache(world, huge)
    # The next sync reuses the partial cache and still reads nothing it should not.
    world.remote.put("iot", "IoT")
    world.remote.commit()
    assert world.sync().outcome == "synced"
    assert world.synced_ids() == {"kickoff", "iot"}
    assert not _in_cache(world, video)


def test_caches_left_by_a_killed_sync_are_swept(synced: World) -> None:
    root = sync_dir(synced.layout)
    left = root / ".repo-new-4242.git"
    (left / "objects").mkdir(parents=True)
    (left / "objects" / "pack.pack").write_bytes(b"\0" * 4096)
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    assert synced.sync().outcome == "synced"
    assert not left.exists()
    assert not list(root.glob(".repo-new-*"))

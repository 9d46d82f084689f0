"""The ordinary life of a synced repository: first sync, updates, force-push, bad settings."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from synckit import World, template

from rmtui.agenda.sync import MANIFEST, last_sync, last_sync_line, read_state, report_lines, summary
from rmtui.agenda.sync.stage import OLD_PREFIX, STAGE_PREFIX
from rmtui.store.paths import Layout


def kept_in_use(world: World, ids: set[str]) -> None:
    """The last good templates are still what the library offers as synced."""
    assert world.synced_ids() == ids


def test_first_sync_brings_the_templates_and_says_which(world: World) -> None:
    world.remote.put("kickoff", "Kick-off")
    world.remote.put("privacy", "Data protection")
    world.remote.write("README.yaml", "not: a template\n")  # outside the templates folder
    commit = world.remote.commit()

    report = world.sync()

    assert report.outcome == "synced" and report.ok
    assert report.commit == commit and report.templates == 2
    assert [(c.id, c.path) for c in report.added] == [
        ("kickoff", "kickoff.yaml"),
        ("privacy", "privacy.yaml"),
    ]
    assert report.invalid == () and report.changed == () and report.removed == ()
    library = world.library()
    assert {t.id: t.source for t in library.templates.values()} == {
        "kickoff": "synced",
        "privacy": "synced",
    }
    assert library.problems == []
    state = last_sync(world.layout)
    assert state is not None and state.commit == commit and state.templates == 2
    line = last_sync_line(state)
    assert line is not None and commit[:12] in line and world.remote.url in line
    lines = report_lines(report)
    assert lines[0].startswith("synced 2 templates from commit " + commit[:12])
    assert any("added" in x and "kickoff" in x for x in lines)
    # The managed copy is private to the mentor, like the rest of the workspace.
    folder = world.layout.synced_agendas
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "kickoff.yaml").stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [MANIFEST, "kickoff.yaml", "privacy.yaml"]
    assert read_state(world.layout)["last"]["outcome"] == "synced"


def test_an_update_reports_added_changed_and_removed(synced: World) -> None:
    remote = synced.remote
    remote.put("privacy", "Data protection, revised")
    remote.put("iot", "IoT and smart devices")
    remote.remove("templates/kickoff.yaml")
    commit = remote.commit("rework")
    kept_inode = (synced.layout.synced_agendas / "privacy.yaml").stat().st_ino

    report = synced.sync()

    assert report.outcome == "synced" and report.commit == commit
    assert [c.id for c in report.added] == ["iot"]
    assert [(c.id, c.title) for c in report.changed] == [("privacy", "Data protection, revised")]
    assert [c.id for c in report.removed] == ["kickoff"]
    assert "1 added, 1 changed, 1 removed" in summary(report)
    assert synced.synced_ids() == {"privacy", "iot"}
    assert synced.library().get("privacy").title == "Data protection, revised"  # type: ignore[union-attr]
    assert (synced.layout.synced_agendas / "privacy.yaml").stat().st_ino != kept_inode


def test_an_unchanged_template_is_linked_not_rewritten(synced: World) -> None:
    before = (synced.layout.synced_agendas / "kickoff.yaml").stat().st_ino
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    assert synced.sync().outcome == "synced"
    assert (synced.layout.synced_agendas / "kickoff.yaml").stat().st_ino == before


def test_a_second_sync_without_changes_is_up_to_date(synced: World) -> None:
    report = synced.sync()
    assert report.outcome == "up-to-date" and report.ok
    assert report.templates == 2 and report.added == ()
    assert "already up to date" in report.message
    kept_in_use(synced, {"kickoff", "privacy"})


def test_a_force_pushed_branch_is_followed(synced: World) -> None:
    remote = synced.remote
    # Rewrite history: a new root commit, unrelated to what was synced, force-pushed.
    remote.git("checkout", "-q", "--orphan", "rewritten")
    remote.git("rm", "-rq", "--cached", ".")
    for path in (remote.work / "templates").iterdir():
        path.unlink()
    remote.put("closing", "Closing session")
    remote.git("add", "-A")
    remote.git("commit", "-q", "-m", "history rewritten")
    remote.git("push", "-q", "--force", "origin", "rewritten:main")
    commit = remote.git("rev-parse", "HEAD")

    report = synced.sync()

    assert report.outcome == "synced", report_lines(report)
    assert report.commit == commit
    assert [c.id for c in report.added] == ["closing"]
    assert sorted(c.id for c in report.removed) == ["kickoff", "privacy"]
    kept_in_use(synced, {"closing"})


def test_a_missing_branch_keeps_the_last_good_copy(synced: World) -> None:
    report = synced.sync(synced.settings.with_changes(branch="does-not-exist"))
    assert not report.ok and report.reason == "branch"
    assert "no branch 'does-not-exist'" in report.message
    assert report.kept is not None and report.kept.templates == 2
    lines = report_lines(report)
    assert "last good copy stays in use: 2 templates" in lines[-2]
    assert any("couldn't find remote ref" in x for x in lines)  # git's own words
    kept_in_use(synced, {"kickoff", "privacy"})
    assert read_state(synced.layout)["last"]["reason"] == "branch"


def test_an_unreachable_address_keeps_the_last_good_copy(synced: World) -> None:
    # Port 9 (discard) on the loopback: nothing listens, the connection is refused.
    report = synced.sync(synced.settings.with_changes(agenda_repo="git://127.0.0.1:9/x.git"))
    assert not report.ok and report.reason == "unreachable", report
    assert "could not be reached" in report.message
    kept_in_use(synced, {"kickoff", "privacy"})


def test_a_repository_that_does_not_exist(synced: World, tmp_path: Path) -> None:
    report = synced.sync(synced.settings.with_changes(agenda_repo=str(tmp_path / "gone.git")))
    assert not report.ok and report.reason == "missing"
    assert "no git repository was found" in report.message
    kept_in_use(synced, {"kickoff", "privacy"})


def test_an_unknown_transport_is_refused(synced: World, tmp_path: Path) -> None:
    canary = synced.canary
    report = synced.sync(synced.settings.with_changes(agenda_repo=f"ext::sh -c touch% {canary}"))
    assert not report.ok and report.reason == "protocol", report
    kept_in_use(synced, {"kickoff", "privacy"})


def test_bad_settings_are_refused_before_git_runs(synced: World) -> None:
    for change, field in (
        ({"agenda_repo": "--upload-pack=touch /tmp/x"}, "agenda_repo"),
        ({"branch": "main:refs/heads/x"}, "branch"),
        ({"path": "../outside"}, "path"),
        ({"agenda_repo": ""}, "agenda_repo"),
    ):
        report = synced.sync(synced.settings.with_changes(**change))
        assert not report.ok and report.reason == "setting"
        assert report.message.startswith(field)
    kept_in_use(synced, {"kickoff", "privacy"})


def test_a_commit_with_nothing_valid_keeps_the_last_good_copy(synced: World) -> None:
    remote = synced.remote
    remote.write("templates/kickoff.yaml", "id: kickoff\ntitle: [broken\n")
    remote.write("templates/privacy.yaml", template("privacy", extra="bogus: 1\n"))
    commit = remote.commit("everything broken")

    report = synced.sync()

    assert not report.ok and report.reason == "templates"
    assert report.commit == commit
    assert f"commit {commit[:12]} holds no valid template" in report.message
    assert [path for path, _ in report.invalid] == [
        "templates/kickoff.yaml",
        "templates/privacy.yaml",
    ]
    problems = {path: [str(p) for p in ps] for path, ps in report.invalid}
    assert "unknown field 'bogus'" in problems["templates/privacy.yaml"][0]
    kept_in_use(synced, {"kickoff", "privacy"})
    assert synced.library().get("kickoff").title == "Kick-off"  # type: ignore[union-attr]
    # Trying again gives the same answer: the broken commit is never taken as current.
    assert synced.sync().reason == "templates"


def test_one_bad_template_is_reported_and_the_rest_sync(synced: World) -> None:
    synced.remote.write("templates/bad.yaml", "id: bad\ntitle: Bad\nminutes: lots\nitems: []\n")
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    report = synced.sync()
    assert report.outcome == "synced"
    assert [path for path, _ in report.invalid] == ["templates/bad.yaml"]
    assert "1 added, 1 invalid" in summary(report)
    kept_in_use(synced, {"kickoff", "privacy", "iot"})
    assert not (synced.layout.synced_agendas / "bad.yaml").exists()


def test_a_missing_folder_setting_is_explained(synced: World) -> None:
    report = synced.sync(synced.settings.with_changes(path="agendas"))
    assert not report.ok and report.reason == "folder"
    assert "has no folder 'agendas'" in report.message
    kept_in_use(synced, {"kickoff", "privacy"})


def test_without_a_folder_every_yaml_file_is_a_candidate(world: World) -> None:
    world.remote.put("kickoff", "Kick-off", folder="")
    world.remote.put("iot", "IoT", folder="deep/er")
    world.remote.write(".github/ci.yml", "on: push\n")  # hidden: never a candidate
    world.remote.commit()
    report = world.sync(world.settings.with_changes(path=""))
    assert report.outcome == "synced"
    assert world.synced_ids() == {"kickoff", "iot"}
    assert (world.layout.synced_agendas / "deep" / "er" / "iot.yaml").is_file()


def test_switching_repository_starts_a_fresh_copy(synced: World, tmp_path: Path) -> None:
    other = tmp_path / "other.git"
    synced.remote.git("clone", "-q", "--bare", str(synced.remote.bare), str(other), cwd=tmp_path)
    report = synced.sync(synced.settings.with_changes(agenda_repo=str(other)))
    assert report.outcome == "synced" and report.repo == str(other)
    assert read_state(synced.layout)["cache_repo"] == str(other)


def test_a_half_done_swap_is_finished_on_the_next_sync(synced: World) -> None:
    live = synced.layout.synced_agendas
    aside = live.parent / f"{OLD_PREFIX}12345"
    os.rename(live, aside)  # as if rmtui died between the two renames
    stage = live.parent / f"{STAGE_PREFIX}12345"
    stage.mkdir()
    (stage / "half.yaml").write_text("id: half\n")

    report = synced.sync()

    assert report.outcome == "up-to-date"
    assert not aside.exists() and not stage.exists()
    kept_in_use(synced, {"kickoff", "privacy"})


def test_caller_git_variables_cannot_redirect_the_sync(synced: World, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    synced.remote.git("init", "-q", "--bare", str(elsewhere), cwd=tmp_path)
    synced.env.update(GIT_DIR=str(elsewhere), GIT_WORK_TREE=str(tmp_path), GIT_INDEX_FILE="/x")
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    report = synced.sync()
    assert report.outcome == "synced"
    refs = subprocess_refs(elsewhere)
    assert refs == []  # nothing was fetched into the repository GIT_DIR named


def subprocess_refs(git_dir: Path) -> list[str]:
    return sorted(p.name for p in (git_dir / "refs").rglob("*") if p.is_file())


def test_the_report_is_kept_as_json(synced: World) -> None:
    state = read_state(synced.layout)
    data = json.loads(json.dumps(state))
    assert data["last"]["added"][0] == {
        "path": "kickoff.yaml",
        "id": "kickoff",
        "language": "en",
        "title": "Kick-off",
    }


def test_a_hand_edited_copy_is_repaired_on_the_next_sync(synced: World) -> None:
    live = synced.layout.synced_agendas / "kickoff.yaml"
    original = live.read_bytes()
    live.write_bytes(b"#" * len(original))  # same size, other bytes
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    assert synced.sync().outcome == "synced"
    assert live.read_bytes() == original
    kept_in_use(synced, {"kickoff", "privacy", "iot"})


def test_without_git_the_report_says_so(synced: World, tmp_path: Path) -> None:
    report = synced.sync(git=str(tmp_path / "no-such-git"))
    assert not report.ok and report.reason == "git-missing"
    assert "git is not installed" in report.message
    synced.env["PATH"] = str(tmp_path / "empty-bin")
    report = synced.sync()
    assert not report.ok and report.reason == "git-missing"
    kept_in_use(synced, {"kickoff", "privacy"})


def test_a_relative_workspace_path_works(synced: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(synced.layout.root.parent)
    relative = World(
        Layout(Path(synced.layout.root.name)),
        synced.remote,
        synced.canary,
        synced.env,
        synced.settings,
    )
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    report = relative.sync()
    assert report.outcome == "synced", report_lines(report)
    kept_in_use(synced, {"kickoff", "privacy", "iot"})


def test_an_empty_repository_has_no_default_branch(synced: World, tmp_path: Path) -> None:
    empty = tmp_path / "empty.git"
    synced.remote.git("init", "-q", "--bare", str(empty), cwd=tmp_path)
    report = synced.sync(synced.settings.with_changes(agenda_repo=str(empty)))
    assert not report.ok and report.reason == "branch"
    assert "no default branch; name one with --branch" in report.message
    kept_in_use(synced, {"kickoff", "privacy"})


def test_nothing_in_the_sync_folder_is_readable_by_others(synced: World) -> None:
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    synced.sync()
    loose = [
        str(path)
        for path in (synced.layout.root / "sync").rglob("*")
        if stat.S_IMODE(path.lstat().st_mode) & 0o077
    ]
    assert loose == []


def test_language_variants_of_one_topic_sync_side_by_side(world: World) -> None:
    world.remote.put("kickoff", "Kick-off")
    world.remote.write(
        "templates/nl/kickoff.yaml", template("kickoff", "Kennismaken", extra="language: nl\n")
    )
    world.remote.commit()
    report = world.sync()
    assert report.outcome == "synced" and report.invalid == ()
    assert [(c.id, c.language, c.path) for c in report.added] == [
        ("kickoff", "en", "kickoff.yaml"),
        ("kickoff", "nl", "nl/kickoff.yaml"),
    ]
    assert "added    kickoff [nl]  Kennismaken  (nl/kickoff.yaml)" in report_lines(report)
    assert world.library().languages("kickoff") == ["en", "nl"]
    # Unchanged on the next sync, taken from the copy in use with its language.
    world.remote.put("privacy", "Privacy")
    world.remote.commit()
    again = world.sync()
    assert again.invalid == () and [c.id for c in again.added] == ["privacy"]
    assert world.library().languages("kickoff") == ["en", "nl"]

"""A compromised or careless repository: links, submodules, hooks, bombs, escapes.

After every case: the canary does not exist (checked by the ``world`` fixture), the last
good templates are still in use, and the report says what happened.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import pytest
from synckit import World, hook_script, plant_hooks, template

from rmtui.agenda.sync import SyncReport, report_json, report_lines, summary
from rmtui.core import messages

LAST_GOOD = {"kickoff", "privacy"}


def everything_shown(world: World, report: SyncReport) -> str:
    """Every text the mentor could see or rmtui keeps about a sync."""
    parts = [*report_lines(report), summary(report), json.dumps(report_json(report))]
    for path in world.layout.root.rglob("*"):
        if path.is_file() and not path.is_symlink() and "repo.git" not in path.parts:
            parts.append(path.read_bytes().decode("utf-8", "replace"))
    library = world.library()
    parts += [t.title for t in library.templates.values()]
    parts += [str(p) for p in library.problems]
    return "\n".join(parts)


def invalid_reasons(report: SyncReport) -> dict[str, list[str]]:
    return {path: [p.message for p in problems] for path, problems in report.invalid}


def test_a_symlink_to_a_file_outside_is_never_read(synced: World, tmp_path: Path) -> None:
    secret = f"SECRET-{uuid.uuid4().hex}"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.yaml").write_text(template("leak", secret))
    (outside / "deep.yaml").write_text(template("deep", secret))
    remote = synced.remote
    remote.symlink("templates/leak.yaml", str(outside / "leak.yaml"))
    remote.symlink("templates/relative.yaml", "../../outside/leak.yaml")
    remote.symlink("templates/linked", str(outside))  # a folder link: never entered
    remote.put("iot", "IoT")
    remote.commit("links")

    report = synced.sync()

    assert report.outcome == "synced"
    reasons = invalid_reasons(report)
    assert reasons == {
        "templates/leak.yaml": [messages.AGENDA_SYMLINK],
        "templates/relative.yaml": [messages.AGENDA_SYMLINK],
    }
    assert secret not in everything_shown(synced, report)
    assert synced.synced_ids() == {*LAST_GOOD, "iot"}
    assert not any(p.is_symlink() for p in synced.layout.synced_agendas.rglob("*"))


def test_a_symlink_to_dev_zero_is_refused_at_once(synced: World) -> None:
    synced.remote.symlink("templates/zero.yaml", "/dev/zero")
    synced.remote.commit("zero")
    report = synced.sync(timeout=20)
    assert report.outcome == "synced" and report.seconds < 10
    assert invalid_reasons(report) == {"templates/zero.yaml": [messages.AGENDA_SYMLINK]}
    assert synced.synced_ids() == LAST_GOOD


def test_a_templates_folder_that_is_a_symlink_is_not_followed(
    synced: World, tmp_path: Path
) -> None:
    secret = f"SECRET-{uuid.uuid4().hex}"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.yaml").write_text(template("leak", secret))
    remote = synced.remote
    remote.git("rm", "-rq", "templates")
    remote.symlink("templates", str(outside))
    remote.commit("folder link")

    report = synced.sync()

    assert not report.ok and report.reason == "folder"
    assert secret not in everything_shown(synced, report)
    assert synced.synced_ids() == LAST_GOOD


def test_submodules_are_never_fetched(synced: World, tmp_path: Path) -> None:
    # Another local repository with a template and the canary's hooks in its template dir.
    sub = tmp_path / "subrepo"
    sub.mkdir()
    remote = synced.remote
    remote.git("init", "-q", "-b", "main", cwd=sub)
    (sub / "templates").mkdir()
    (sub / "templates" / "sub-only.yaml").write_text(template("sub-only"))
    remote.git("add", "-A", cwd=sub)
    remote.git("commit", "-q", "-m", "sub", cwd=sub)
    sub_commit = remote.git("rev-parse", "HEAD", cwd=sub)
    remote.write(
        ".gitmodules",
        f'[submodule "shared"]\n\tpath = templates/shared\n\turl = {sub}\n'
        f'[submodule "sub.yaml"]\n\tpath = templates/sub.yaml\n\turl = {sub}\n',
    )
    for path in ("templates/shared", "templates/sub.yaml"):
        remote.git("update-index", "--add", "--cacheinfo", f"160000,{sub_commit},{path}")
    remote.git("add", ".gitmodules")  # not `add -A`: it would drop the unpopulated gitlinks
    remote.git("commit", "-q", "-m", "submodules")
    remote.git("push", "-q", "origin", "main")
    hooks = plant_hooks(tmp_path / "git-template" / "hooks", synced.canary)
    synced.env["GIT_TEMPLATE_DIR"] = str(hooks.parent)
    synced.env["GIT_CONFIG_PARAMETERS"] = "'protocol.file.allow'='always'"

    report = synced.sync()

    assert report.outcome == "synced"
    assert invalid_reasons(report) == {"templates/sub.yaml": [messages.SYNC_SUBMODULE]}
    assert "sub-only" not in everything_shown(synced, report)
    assert synced.synced_ids() == LAST_GOOD

    # The trap is real: git itself, asked to recurse, would run the canary's hook.
    control = tmp_path / "CONTROL"
    plant_hooks(hooks, control)
    clone = subprocess.run(
        [
            *("git", "-c", "protocol.file.allow=always", "clone", "-q", "--recurse-submodules"),
            *(str(remote.bare), str(tmp_path / "plain-clone")),
        ],
        env={**remote.env, "GIT_TEMPLATE_DIR": str(hooks.parent)},
        capture_output=True,
        timeout=60,
    )
    assert clone.returncode == 0, clone.stderr
    assert control.exists()


def test_hooks_from_every_direction_never_run(synced: World, tmp_path: Path) -> None:
    canary = synced.canary
    remote = synced.remote
    # What the repository itself ships: hooks folders and a config naming them.
    plant_hooks(remote.work / "hooks", canary)
    plant_hooks(remote.work / ".githooks", canary)
    remote.write("config", "[core]\n\thooksPath = .githooks\n")
    remote.write(".gitattributes", "*.yaml filter=evil\n")
    remote.put("iot", "IoT")
    remote.commit("hooks everywhere")
    # The remote's own config, read by upload-pack when fetching over a path.
    remote.git("config", "uploadpack.packObjectsHook", f"touch {canary}", cwd=remote.bare)
    plant_hooks(remote.bare / "hooks", canary)
    # What the mentor's environment could carry: a template dir with hooks, a global
    # hooksPath, and a filter the repository's .gitattributes asks for.
    template_dir = plant_hooks(tmp_path / "tpl" / "hooks", canary).parent
    global_hooks = plant_hooks(tmp_path / "global-hooks", canary)
    home = Path(synced.env["HOME"])
    (home / ".gitconfig").write_text(
        f"[init]\n\ttemplateDir = {template_dir}\n"
        f"[core]\n\thooksPath = {global_hooks}\n"
        f"[filter \"evil\"]\n\tsmudge = sh -c 'touch {canary}; cat'\n\tclean = cat\n"
    )
    synced.env["GIT_TEMPLATE_DIR"] = str(template_dir)

    first = synced.sync()
    remote.put("closing", "Closing")
    remote.commit("one more")
    second = synced.sync()

    assert first.outcome == "synced" and second.outcome == "synced"
    assert synced.synced_ids() == {*LAST_GOOD, "iot", "closing"}
    assert not (synced.layout.root / "sync" / "repo.git" / "hooks").exists()

    # The trap is real: a plain clone with this environment runs the hooks and the filter.
    control_env = {**remote.env, "HOME": str(home), "GIT_TEMPLATE_DIR": str(template_dir)}
    subprocess.run(
        ["git", "clone", "-q", str(remote.bare), str(tmp_path / "plain")],
        env=control_env,
        capture_output=True,
        timeout=60,
    )
    assert canary.exists()
    canary.unlink()  # the fixture checks that rmtui never made it


def test_a_10_mb_template_is_refused_by_its_size(synced: World) -> None:
    line = "# " + "x" * 98 + "\n"
    synced.remote.write("templates/huge.yaml", template("huge") + line * 100_000)
    synced.remote.commit("huge")
    report = synced.sync()
    assert report.outcome == "synced"
    assert invalid_reasons(report) == {
        "templates/huge.yaml": ["is larger than 256 KB, the cap for one template"]
    }
    assert synced.synced_ids() == LAST_GOOD
    assert not (synced.layout.synced_agendas / "huge.yaml").exists()


def test_a_yaml_alias_bomb_is_refused(synced: World) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        bomb += f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    synced.remote.write("templates/bomb.yaml", "id: bomb\ntitle: Bomb\n" + bomb)
    synced.remote.commit("bomb")
    report = synced.sync(timeout=20)
    assert report.outcome == "synced" and report.seconds < 10
    [reason] = invalid_reasons(report)["templates/bomb.yaml"]
    assert "anchors" in reason or "aliases" in reason
    assert synced.synced_ids() == LAST_GOOD


def test_escape_sequences_are_stripped_or_refused(synced: World) -> None:
    remote = synced.remote
    # Escapes written as YAML escapes: the template is usable, its title is cleaned.
    remote.write("templates/escaped.yaml", template("escaped", '"\\e]0;owned\\a\\e[31mRed title"'))
    # Raw escape bytes in the file: refused, and the message does not carry them.
    remote.write("templates/raw.yaml", template("raw", "\x1b[2J\x1b[31mRaw"))
    # An escape in the file name itself.
    remote.write("templates/\x1b[31mname.yaml", template("name"))
    remote.commit("escapes")

    report = synced.sync()

    assert report.outcome == "synced"
    title = synced.library().get("escaped").title  # type: ignore[union-attr]
    assert "\x1b" not in title and "Red title" in title
    reasons = invalid_reasons(report)
    assert reasons["templates/raw.yaml"] == [
        "control character U+001B is not allowed in a template"
    ]
    assert reasons["templates/\\x1b[31mname.yaml"] == [messages.SYNC_BAD_NAME]
    shown = "\n".join([*report_lines(report), summary(report)])
    assert "\x1b" not in shown and "\x07" not in shown
    assert "\x1b" not in json.dumps(report_json(report), ensure_ascii=False)
    assert any("Red title" in line for line in report_lines(report))
    assert any("[31mname.yaml" in line for line in report_lines(report))
    assert synced.synced_ids() == {*LAST_GOOD, "escaped"}


@pytest.mark.parametrize(
    "url",
    [
        "ssh://-oProxyCommand=touch%20CANARY/x.git",
        "-oProxyCommand=touch CANARY",
        "--upload-pack=touch CANARY",
    ],
)
def test_addresses_that_smuggle_options_do_nothing(synced: World, url: str) -> None:
    report = synced.sync(
        synced.settings.with_changes(agenda_repo=url.replace("CANARY", str(synced.canary)))
    )
    assert not report.ok
    assert report.message
    assert synced.synced_ids() == LAST_GOOD


def test_a_reference_transaction_hook_in_the_cache_cannot_run(synced: World) -> None:
    # Even if something put hooks into rmtui's own git folder, none of them runs.
    plant_hooks(synced.layout.root / "sync" / "repo.git" / "hooks", synced.canary)
    synced.remote.put("iot", "IoT")
    synced.remote.commit()
    assert synced.sync().outcome == "synced"
    assert synced.synced_ids() == {*LAST_GOOD, "iot"}


def test_hook_script_writes_its_canary(tmp_path: Path) -> None:
    # The canary hooks used above really fire when run.
    canary = tmp_path / "c"
    hook = tmp_path / "h"
    hook.write_text(hook_script(canary))
    hook.chmod(0o755)
    subprocess.run([str(hook)], check=True)
    assert canary.exists()


def test_too_many_templates_is_refused_as_a_whole(
    synced: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rmtui.agenda.sync.tree.MAX_TEMPLATES", 3)
    for n in range(4):
        synced.remote.put(f"extra-{n}")
    synced.remote.commit("flood")
    report = synced.sync()
    assert not report.ok and report.reason == "repository"
    assert "more than 3 template files" in report.message
    assert synced.synced_ids() == LAST_GOOD

"""The hardened git runner: environment, ssh in batch mode, output, failures told apart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from synckit import World

from rmtui.agenda.git import (
    HARDENING,
    OutputTooLarge,
    Runner,
    batch_ssh,
    clean_output,
    hardened_env,
)
from rmtui.agenda.sync import SyncTarget, check_branch, check_path, classify, normalise_repo
from rmtui.core.errors import InvalidInput


def test_the_environment_loses_what_redirects_git_and_gains_no_prompts() -> None:
    env = hardened_env(
        {
            "PATH": "/usr/bin",
            "HOME": "/home/mentor",
            "GIT_DIR": "/elsewhere",
            "GIT_WORK_TREE": "/elsewhere",
            "GIT_CONFIG_PARAMETERS": "'core.hookspath'='/evil'",
            "GIT_CONFIG_COUNT": "1",
            "GIT_CONFIG_KEY_0": "core.hooksPath",
            "GIT_CONFIG_VALUE_0": "/evil",
            "GIT_TEMPLATE_DIR": "/evil",
            "GIT_TRACE": "1",
            "GIT_ASKPASS": "/usr/bin/ksshaskpass",
            "GIT_SSL_CAINFO": "/etc/company-ca.pem",  # the mentor's own: kept
        }
    )
    assert env["PATH"] == "/usr/bin" and env["HOME"] == "/home/mentor"
    assert env["GIT_SSL_CAINFO"] == "/etc/company-ca.pem"
    for gone in ("GIT_DIR", "GIT_WORK_TREE", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_KEY_0"):
        assert gone not in env
    assert "GIT_TEMPLATE_DIR" not in env and "GIT_TRACE" not in env
    assert env["GIT_TERMINAL_PROMPT"] == "0" and env["GIT_ASKPASS"] == ""
    assert env["SSH_ASKPASS_REQUIRE"] == "never"
    assert env["GIT_ALLOW_PROTOCOL"] == "file:git:http:https:ssh"
    assert "core.hooksPath=/dev/null" in HARDENING


@pytest.mark.parametrize(
    ("env", "configured", "expected"),
    [
        ({}, "", "ssh -o BatchMode=yes"),
        ({}, "ssh -i ~/.ssh/work", "ssh -i ~/.ssh/work -o BatchMode=yes"),
        ({"GIT_SSH_COMMAND": "/usr/bin/ssh -p 2222"}, "", "/usr/bin/ssh -p 2222 -o BatchMode=yes"),
        ({"GIT_SSH": "/usr/bin/plink"}, "", None),
        ({}, "plink -batch", None),
    ],
)
def test_ssh_runs_in_batch_mode_keeping_the_mentors_own_command(
    env: dict[str, str], configured: str, expected: str | None
) -> None:
    assert batch_ssh(env, configured) == expected


def test_git_output_is_shown_without_controls() -> None:
    raw = b"remote: \x1b]0;owned\x07Counting\rremote: done\x1b[2J\nfatal: no\n"
    assert clean_output(raw) == "remote: ]0;ownedCounting\nremote: done[2J\nfatal: no"


@pytest.mark.parametrize(
    ("stderr", "reason"),
    [
        ("fatal: couldn't find remote ref refs/heads/x", "branch"),
        ("fatal: transport 'ext' not allowed", "protocol"),
        (
            "Host key verification failed.\nfatal: Could not read from remote repository.",
            "host-key",
        ),
        ("git@host: Permission denied (publickey).\nfatal: Could not read from remote", "auth"),
        ("fatal: could not read Username for 'https://x': terminal prompts disabled", "auth"),
        ("remote: Repository not found.\nfatal: repository 'https://x/' not found", "missing"),
        ("ssh: Could not resolve hostname nowhere: Name or service not known", "unreachable"),
        ("fatal: unable to access 'https://x/': Could not resolve host: x", "unreachable"),
        (
            "fatal: unable to connect to 127.0.0.1:\nerrno=Connection refused",
            "unreachable",
        ),
        ("fatal: detected dubious ownership in repository at '/srv/a.git'", "ownership"),
        ("fatal: the remote end hung up unexpectedly", "git"),
    ],
)
def test_failures_are_told_apart(stderr: str, reason: str) -> None:
    found, message = classify(stderr, SyncTarget("https://x/", "x"))
    assert found == reason
    assert message


def test_a_large_input_does_not_deadlock_the_pipes(tmp_path: Path) -> None:
    run = Runner(tmp_path, 30)
    data = b"x" * (4 * 1024 * 1024)
    done = run(["hash-object", "--stdin"], stdin=data)
    assert done.code == 0 and len(done.stdout.strip()) == 40


def test_output_beyond_the_cap_stops_git(tmp_path: Path) -> None:
    run = Runner(tmp_path, 30)
    with pytest.raises(OutputTooLarge):
        run(["help", "-a"], max_stdout=100)


def test_ssh_is_run_in_batch_mode_with_the_configured_key(world: World, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "ssh-args"
    fake_ssh = bin_dir / "ssh"
    fake_ssh.write_text(f'#!/bin/sh\necho "$@" > {record}\nexit 255\n')
    fake_ssh.chmod(0o755)
    world.env["PATH"] = f"{bin_dir}{os.pathsep}{world.env['PATH']}"
    home = Path(world.env["HOME"])
    (home / ".gitconfig").write_text("[core]\n\tsshCommand = ssh -i /keys/office\n")

    report = world.sync(world.settings.with_changes(agenda_repo="ssh://office.invalid/a.git"))

    assert not report.ok
    args = record.read_text()
    assert "-i /keys/office" in args and "-o BatchMode=yes" in args


def test_settings_are_checked() -> None:
    assert check_branch(" release/2025 ") == "release/2025"
    assert check_path("/templates/nl/") == "templates/nl"
    for bad in ("-x", "a..b", "a b", "x.lock", "a:b", "@{1}"):
        with pytest.raises(InvalidInput):
            check_branch(bad)
    for bad in ("../x", "a/../../b", ".git", "a\\b"):
        with pytest.raises(InvalidInput):
            check_path(bad)
    assert normalise_repo("agendas.git", Path("/home/m")) == "/home/m/agendas.git"
    assert normalise_repo("git@github.com:org/agendas.git") == "git@github.com:org/agendas.git"
    assert normalise_repo("https://x/a.git") == "https://x/a.git"

"""The system git, run so that a fetched repository can do nothing but be fetched.

The mentor's own git config is kept on purpose: credential helpers, ``url.*.insteadOf``
rewrites, proxies and CA bundles live there (the system config too, on macOS and Windows).
The threat is the remote repository, not the mentor, so the dangerous knobs are pinned
on every command line, where they win over any config file:

- no hook ever runs (``core.hooksPath=/dev/null``; ``git init --template=`` copies none);
- no submodule is touched, and only plain transports are allowed (no ``ext::``);
- nothing prompts: no terminal (a new session has none), no askpass, ssh in batch mode;
- the environment loses every variable that could point git at another repository;
- a deadline ends the whole process group (git, ssh, a credential helper), TERM then KILL,
  so a stalled server costs the timeout and nothing more.

Nothing is ever checked out: the sync reads blobs from the object store, so neither
``.gitattributes`` filters nor symlinks in the tree reach the disk.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shlex
import shutil
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rmtui.core.text import strip_control
from rmtui.fs import system

HARDENING = (
    "core.hooksPath=/dev/null",
    "submodule.recurse=false",
    "fetch.recurseSubmodules=false",
    "core.fsmonitor=false",
    "core.askPass=",
    "credential.interactive=never",  # Git Credential Manager: never a dialog
    # An automatic gc must stay in our process group, where the deadline can reach it.
    "gc.autoDetach=false",
    "maintenance.autoDetach=false",
    "fetch.writeCommitGraph=false",
    "init.defaultBranch=main",  # keeps `git init` quiet
)
ALLOWED_PROTOCOLS = "file:git:http:https:ssh"

# Variables that make git use another repository, config or object store than ours.
_DROPPED = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR",
        "GIT_NAMESPACE",
        "GIT_CONFIG",
        "GIT_CONFIG_PARAMETERS",
        "GIT_CONFIG_COUNT",
        "GIT_GRAFT_FILE",
        "GIT_SHALLOW_FILE",
        "GIT_NO_REPLACE_OBJECTS",
        "GIT_REPLACE_REF_BASE",
        "GIT_PREFIX",
        "GIT_IMPLICIT_WORK_TREE",
        "GIT_INTERNAL_SUPER_PREFIX",
        "GIT_TEMPLATE_DIR",
        "GIT_CEILING_DIRECTORIES",
        "GIT_DISCOVERY_ACROSS_FILESYSTEM",
        "GIT_QUARANTINE_PATH",
        "LANGUAGE",
    }
)
_DROPPED_PREFIXES = ("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_", "GIT_TRACE")

DEFAULT_TIMEOUT = 60.0  # seconds for a whole sync: a small repository takes one or two
STDERR_KEEP = 16 * 1024  # the tail of git's messages worth showing
TERM_GRACE = 1.0  # seconds for git to remove its lock files before KILL


class GitMissing(Exception):
    """No ``git`` program could be started."""


class GitTimeout(Exception):
    """The deadline passed; the whole process group was ended."""

    def __init__(self, stderr: str) -> None:
        super().__init__("git timed out")
        self.stderr = stderr


class OutputTooLarge(Exception):
    """git wrote more than the caller can use; it was stopped."""


@dataclass(frozen=True, slots=True)
class Completed:
    code: int
    stdout: bytes
    stderr: str
    """Decoded, control characters removed, at most the last ``STDERR_KEEP`` bytes."""


def hardened_env(environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` without repository-redirecting variables, plus no-prompt settings."""
    env = {
        key: value
        for key, value in environ.items()
        if key not in _DROPPED and not key.startswith(_DROPPED_PREFIXES)
    }
    env.update(
        GIT_TERMINAL_PROMPT="0",
        # Empty, not unset: git would fall back to core.askPass and SSH_ASKPASS.
        GIT_ASKPASS="",
        SSH_ASKPASS_REQUIRE="never",
        GCM_INTERACTIVE="never",
        GIT_ALLOW_PROTOCOL=ALLOWED_PROTOCOLS,
        # Messages in English, so failures can be told apart; paths are bytes anyway.
        LC_ALL="C",
    )
    return env


def batch_ssh(env: Mapping[str, str], configured: str) -> str | None:
    """The ``GIT_SSH_COMMAND`` to set: the mentor's own ssh command (from the environment
    or ``core.sshCommand``) in batch mode, or plain ``ssh`` in batch mode. ``None`` leaves
    a command that is not OpenSSH (plink, a wrapper) as it is: without a terminal it
    cannot prompt anyway."""
    if env.get("GIT_SSH") and not env.get("GIT_SSH_COMMAND"):
        return None
    command = env.get("GIT_SSH_COMMAND") or configured or "ssh"
    try:
        program = shlex.split(command)[0]
    except (ValueError, IndexError):
        return None
    if os.path.basename(program) not in ("ssh", "ssh.exe"):
        return None
    return f"{command} -o BatchMode=yes"


def clean_output(raw: bytes, lines: int = 12) -> str:
    """git's messages made safe to show: progress lines split, controls gone, last lines."""
    text = raw.decode("utf-8", "replace").replace("\r", "\n")
    kept = [line.strip() for line in strip_control(text).split("\n")]
    return "\n".join([line for line in kept if line][-lines:])


class Runner:
    """Runs git with the hardened environment, under one deadline for a whole sync."""

    def __init__(
        self,
        cwd: Path,
        timeout: float,
        *,
        git: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.cwd = cwd
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.env = hardened_env(os.environ if environ is None else environ)
        found = git or shutil.which("git", path=self.env.get("PATH"))
        if not found:
            raise GitMissing("git")
        self.git = found

    def use_batch_ssh(self, configured: str) -> None:
        command = batch_ssh(self.env, configured)
        if command is not None:
            self.env["GIT_SSH_COMMAND"] = command

    def __call__(
        self,
        args: Sequence[str],
        *,
        git_dir: Path | None = None,
        stdin: bytes = b"",
        max_stdout: int = 1024 * 1024,
    ) -> Completed:
        argv = [self.git]
        for setting in HARDENING:
            argv += ["-c", setting]
        if git_dir is not None:
            argv.append(f"--git-dir={git_dir}")
        argv += args
        return run(argv, self.env, self.cwd, self.deadline, stdin=stdin, max_stdout=max_stdout)


def run(
    argv: Sequence[str],
    env: Mapping[str, str],
    cwd: Path,
    deadline: float,
    *,
    stdin: bytes = b"",
    max_stdout: int = 1024 * 1024,
) -> Completed:
    """Run ``argv`` to completion or to ``deadline`` (``time.monotonic`` seconds)."""
    try:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=dict(env),
            close_fds=True,
            umask=0o077,  # what git writes in the workspace is the mentor's only
            # Its own process group, so the deadline reaches ssh and helpers too; and no
            # controlling terminal, so nothing in it can prompt the mentor.
            **system.own_group(),
        )
    except (FileNotFoundError, PermissionError, NotADirectoryError) as exc:
        raise GitMissing(str(exc)) from None
    stderr = bytearray()
    try:
        stdout = _pump(proc, stdin, stderr, deadline, max_stdout)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Deadline
        try:
            code = proc.wait(timeout=remaining)
        except subprocess.TimeoutExpired:
            raise _Deadline from None
    except _Deadline:
        end_group(proc)
        raise GitTimeout(clean_output(bytes(stderr))) from None
    except BaseException:
        end_group(proc)
        raise
    return Completed(code, stdout, clean_output(bytes(stderr)))


class _Deadline(Exception):
    pass


def _pump(
    proc: subprocess.Popen[bytes],
    stdin: bytes,
    stderr: bytearray,
    deadline: float,
    max_stdout: int,
) -> bytes:
    """Feed ``stdin`` and drain both pipes until they close; stderr keeps only its tail."""
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    stdout = bytearray()
    pending = memoryview(stdin)
    with selectors.DefaultSelector() as selector:
        if pending:
            os.set_blocking(proc.stdin.fileno(), False)
            selector.register(proc.stdin, selectors.EVENT_WRITE)
        else:
            proc.stdin.close()
        selector.register(proc.stdout, selectors.EVENT_READ)
        selector.register(proc.stderr, selectors.EVENT_READ)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Deadline
            for key, _ in selector.select(remaining):
                if key.fileobj is proc.stdin:
                    try:
                        pending = pending[os.write(proc.stdin.fileno(), pending) :]
                    except BrokenPipeError:
                        pending = pending[:0]
                    if not pending:
                        selector.unregister(proc.stdin)
                        proc.stdin.close()
                    continue
                fd = key.fd
                chunk = os.read(fd, 65536)
                if not chunk:
                    selector.unregister(key.fileobj)
                    continue
                if key.fileobj is proc.stdout:
                    stdout += chunk
                    if len(stdout) > max_stdout:
                        end_group(proc)
                        raise OutputTooLarge(f"more than {max_stdout} bytes")
                else:
                    stderr += chunk
                    del stderr[:-STDERR_KEEP]
    return bytes(stdout)


def end_group(proc: subprocess.Popen[bytes]) -> None:
    """Stop git and everything it started: TERM (git removes its locks), then KILL."""
    for hard, grace in ((False, TERM_GRACE), (True, 5.0)):
        system.stop_group(proc.pid, hard=hard)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
        # git is gone; a child that ignored TERM may still be in the group.
        system.stop_group(proc.pid, hard=True)
        break
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()

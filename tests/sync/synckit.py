"""Agenda repositories built in the test: a work tree pushed to a bare repo over a path."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from rmtui.agenda.library import Library, load_library
from rmtui.agenda.sync import SyncReport, sync_agendas
from rmtui.store.paths import Layout
from rmtui.store.settings import Settings


def template(id_: str, title: str = "A title", minutes: int = 60, extra: str = "") -> str:
    return (
        f"id: {id_}\ntitle: {title}\nminutes: {minutes}\n"
        f"items:\n  - title: Warm-up\n    minutes: 10\n{extra}"
    )


def git_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Program Office",
        GIT_AUTHOR_EMAIL="office@example.org",
        GIT_COMMITTER_NAME="Program Office",
        GIT_COMMITTER_EMAIL="office@example.org",
    )
    return env


@dataclass
class Remote:
    """A work tree and the bare repository it pushes to (the program office's repo)."""

    work: Path
    bare: Path
    env: dict[str, str]
    branch: str = "main"

    def git(self, *args: str, cwd: Path | None = None) -> str:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd or self.work,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.work / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def put(self, id_: str, title: str = "A title", folder: str = "templates") -> None:
        self.write(f"{folder}/{id_}.yaml" if folder else f"{id_}.yaml", template(id_, title))

    def symlink(self, rel: str, target: str) -> None:
        path = self.work / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)

    def remove(self, rel: str) -> None:
        self.git("rm", "-q", rel)

    def commit(self, message: str = "update", *, push: bool = True, force: bool = False) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        if push:
            self.git("push", "-q", *(["--force"] if force else []), "origin", self.branch)
        return self.git("rev-parse", "HEAD")

    @property
    def url(self) -> str:
        return str(self.bare)


@dataclass
class World:
    """A workspace, the program's repository, and a canary that must never appear."""

    layout: Layout
    remote: Remote
    canary: Path
    env: dict[str, str]
    settings: Settings
    reports: list[SyncReport] = field(default_factory=list)

    def sync(self, settings: Settings | None = None, **options: object) -> SyncReport:
        report = sync_agendas(
            self.layout,
            settings or self.settings,
            environ=self.env,
            **options,  # type: ignore[arg-type]
        )
        self.reports.append(report)
        return report

    def library(self) -> Library:
        return load_library(self.layout, bundled=self.layout.root / "no-bundled")

    def synced_ids(self) -> set[str]:
        return {t.id for t in self.library().templates.values() if t.source == "synced"}


def hook_script(canary: Path) -> str:
    return f"#!/bin/sh\necho \"$0\" >> '{canary}'\n"


HOOK_NAMES = (
    "post-checkout",
    "post-merge",
    "post-rewrite",
    "reference-transaction",
    "pre-auto-gc",
    "fsmonitor-watchman",
    "post-index-change",
    "pre-push",
)


def plant_hooks(folder: Path, canary: Path) -> Path:
    """A hooks folder whose every hook would write the canary."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in HOOK_NAMES:
        hook = folder / name
        hook.write_text(hook_script(canary))
        hook.chmod(0o755)
    return folder

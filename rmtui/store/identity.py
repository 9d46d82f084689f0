"""The workspace's own random id, made once: what makes its calendar UIDs its own.

Two mentors with a tandem of the same id must never send events with the same UID (a
calendar would merge them), and one mentor's re-export must keep its UIDs (so a
re-import updates the events). A random id kept in ``<workspace>/workspace-id`` gives
both; it says nothing about the mentor or the workspace's place on disk.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from rmtui.core import messages
from rmtui.store.atomic import fsync_dir, write_atomic, write_failed
from rmtui.store.errors import CorruptFile
from rmtui.store.paths import Layout

FILE_NAME = "workspace-id"
_ID = re.compile(r"[0-9a-f]{32}")


def id_file(layout: Layout) -> Path:
    return layout.root / FILE_NAME


def workspace_id(layout: Layout) -> str:
    """The workspace's id; made on first use (two processes racing agree on one)."""
    path = id_file(layout)
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    # Written in full under a private name, then linked into place: a link never
    # replaces a file, so whichever process links first has made the id for everyone.
    tmp = path.with_name(f".{FILE_NAME}.{os.getpid()}.new")
    write_atomic(tmp, (secrets.token_hex(16) + "\n").encode("ascii"))
    try:
        os.link(tmp, path)
        fsync_dir(path.parent)
    except FileExistsError:
        pass
    except OSError as exc:
        raise write_failed(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return _read(path)


def _read(path: Path) -> str:
    try:
        text = path.read_text("ascii", errors="replace").strip()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise CorruptFile(path, exc.strerror or type(exc).__name__) from exc
    if not _ID.fullmatch(text):
        raise CorruptFile(path, messages.WORKSPACE_ID_BAD)
    return text

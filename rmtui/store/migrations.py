"""Old files brought to the current schema as they are read: the store's part, reading
the tandem file beside a session file (the rules are ``core.upgrades``)."""

from __future__ import annotations

import json
from pathlib import Path

from rmtui.core.upgrades import ActionTexts


def actions_beside(session_file: Path) -> ActionTexts:
    """(id, text) of the actions in the tandem file of ``session_file``
    (``tandems/<id>/sessions/<n>.json`` beside ``tandems/<id>/tandem.json``); none when
    that file cannot be read (a damaged tandem file is reported where it is read)."""
    path = session_file.parent.parent / "tandem.json"
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
        table = doc["tables"].get("actions", {})
        return [
            (int(key), value["text"])
            for key, value in table.items()
            if str(key).isdigit() and isinstance(value, dict) and isinstance(value.get("text"), str)
        ]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return []
    except RecursionError:
        return []

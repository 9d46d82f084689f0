"""Where the bundled templates live: inside the installed package, or in the checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def bundled_dir() -> Path | None:
    """``rmtui/_agendas`` in an installed wheel; the repository's ``agendas/`` in a source
    or editable checkout (recognised by its ``pyproject.toml``); ``None`` when neither."""
    installed = _PACKAGE / "_agendas"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "agendas").is_dir():
        return checkout / "agendas"
    return None

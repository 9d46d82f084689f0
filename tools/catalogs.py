"""Extract, update and compile rmtui's message catalogs (Babel, the `test` extra).

    python tools/catalogs.py            # all three steps
    python tools/catalogs.py compile    # only the .mo files (after a translator's .po)

1. extract: every ``N_``/``P_``/``gettext`` text of ``rmtui`` (``babel.cfg``) into
   ``rmtui/locale/rmtui.pot``, the template translators start from;
2. update: each ``rmtui/locale/<code>/LC_MESSAGES/rmtui.po`` takes the template's messages
   (a new language's file is created, with the form of address in its header);
3. compile: each ``.po`` into the ``.mo`` rmtui reads (committed: package data).

The catalogs name files, not line numbers, so a moved message does not change them. The
tests check that the committed files are what this script makes (tests/core/test_catalogs.py).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "rmtui" / "locale"
TEMPLATE = LOCALE / "rmtui.pot"
DOMAIN = "rmtui"
WIDTH = 100
#: ``N_`` marks a message, ``P_`` a message with a count (singular, plural), ``C_`` and
#: ``pgettext`` a message with a context (context, message).
KEYWORDS = ("N_", "P_:1,2", "PC_:1c,2,3", "C_:1c,2", "pgettext:1c,2")

#: The languages and how each one addresses the mentor (the translators' first rule).
LANGUAGES = {
    "nl": "Form of address: informal, 'je' and 'jij' (not 'u').",
    "fr": "Form of address: formal, 'vous' (not 'tu').",
    "de": "Form of address: formal, 'Sie' (not 'du').",
    "pl": (
        "Form of address: neutral; impersonal and infinitive forms ('Dodać tandem', 'Nie"
        "\nmożna zapisać'), never 'Ty' nor 'Pan'/'Pani'."
    ),
}


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def header(code: str) -> str:
    rule = "\n".join(f"# {line}" for line in LANGUAGES[code].splitlines())
    return (
        f"# rmtui's messages in {code}. Message ids are the English text.\n"
        f"{rule}\n"
        "# Keep every {placeholder} as it is; reorder them as the sentence needs.\n"
        "# Typed words (today, monday...): the words, lower case, separated by '|'.\n"
        "# Made by tools/catalogs.py: edit the msgstr lines only."
    )


def extract(output: Path = TEMPLATE) -> None:
    """Write the template of every message in ``rmtui`` to ``output``."""
    args = ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg")]
    for keyword in KEYWORDS:
        args += ["-k", keyword]
    args += [
        "-c",
        "Translators:",
        "--add-location=file",
        "--sort-by-file",
        f"--width={WIDTH}",
        "--project=rmtui",
        "--copyright-holder=the rmtui authors",
        "-o",
        str(output),
        "rmtui",
    ]
    output.parent.mkdir(parents=True, exist_ok=True)
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        CommandLineInterface().run(args)
    finally:
        os.chdir(here)
    # Paths relative to the repository, whatever folder the script ran from.
    text = output.read_text(encoding="utf-8").replace(f"{ROOT}/", "")
    output.write_text(text, encoding="utf-8")


def read(path: Path, code: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=code)


def update(code: str) -> Path:
    """Bring ``code``'s catalog up to the template (creating it the first time)."""
    template = read(TEMPLATE)
    path = po_path(code)
    if path.exists():
        catalog = read(path, code)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog = Catalog(locale=code, domain=DOMAIN, project="rmtui", fuzzy=False)
    catalog.header_comment = header(code)
    catalog.update(template)
    catalog.fuzzy = False
    with path.open("wb") as file:
        write_po(file, catalog, width=WIDTH, sort_by_file=True, ignore_obsolete=True)
    return path


def compiled(path: Path, code: str) -> bytes:
    """The ``.mo`` bytes of the catalog at ``path`` (fuzzy translations left out)."""
    out = io.BytesIO()
    write_mo(out, read(path, code), use_fuzzy=False)
    return out.getvalue()


def compile_all() -> None:
    for code in LANGUAGES:
        path = po_path(code)
        path.with_suffix(".mo").write_bytes(compiled(path, code))


def main(argv: list[str]) -> int:
    steps = argv or ["extract", "update", "compile"]
    if "extract" in steps:
        extract()
    if "update" in steps:
        for code in LANGUAGES:
            update(code)
    if "compile" in steps:
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

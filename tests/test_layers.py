"""The layers keep their promises: no Textual outside rmtui/tui, no print outside the CLI,
and what is deferred stays deferred.

The import-linter contracts (pyproject.toml, `lint-imports`) read the static graph: an import
inside a function counts there like any other. Only a real process can show that a deferred
import is not paid for; the subprocess tests below look at ``sys.modules`` at the TUI's first
frame and after ``rmtui note add``.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import rmtui
from rmtui.store.storage import decode, dumps

PACKAGE = Path(rmtui.__file__).parent


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_textual_is_imported_only_inside_the_tui_package() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if "tui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] == "textual" for name in _imports(path))
    ]
    assert offenders == []


def test_core_imports_nothing_else_of_the_project() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imports(path)
            if name.startswith("rmtui.") and not name.startswith("rmtui.core")
        )
        for path in (PACKAGE / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_print_only_in_the_cli() -> None:
    offenders = []
    for path in _modules():
        if path.relative_to(PACKAGE).parts[0] == "cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_core_store_and_cli_verbs_never_load_textual(tmp_path: Path) -> None:
    """The domain, the store and scripted verbs run without paying Textual's import."""
    script = f"""
import sys
import rmtui.core.model, rmtui.core.tandems, rmtui.store, rmtui.service.demo
from rmtui.cli import main
code = main(["--workspace", {str(tmp_path / "ws")!r}, "tandem", "add", "--mentee", "Ada"])
assert code == 0, code
code = main(["--workspace", {str(tmp_path / "ws")!r}, "tandem", "list"])
assert code == 0, code
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print("TEXTUAL", loaded)
"""
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "TEXTUAL []" in done.stdout
    assert "ada" in done.stdout


def test_nothing_is_created_at_import(tmp_path: Path) -> None:
    env = {**os.environ, "RMTUI_WORKSPACE": str(tmp_path / "ws"), "HOME": str(tmp_path)}
    code = "import rmtui.cli, rmtui.store, rmtui.store.workspace, rmtui.store.paths"
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
    assert list(tmp_path.iterdir()) == []


# Modules that import the concrete app (rmtui.tui.app), besides the CLI's launch line
# (rmtui/cli/app.py), at run time or for type checking alone (which the contracts exclude).
# Screens, modals and navigation type against the context protocol (rmtui.tui.context)
# instead, so there is no import cycle inside rmtui/tui: this set stays empty.
IMPORTS_OF_THE_APP: set[str] = set()


def _imports_the_app(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(a.name == "rmtui.tui.app" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (
            node.module == "rmtui.tui.app"
            or (node.module == "rmtui.tui" and any(a.name == "app" for a in node.names))
        ):
            return True
    return False


def test_only_the_launch_line_imports_the_app_and_the_cycle_is_counted() -> None:
    importers = {
        path.relative_to(PACKAGE).as_posix() for path in _modules() if _imports_the_app(path)
    }
    assert importers - {"cli/app.py"} == IMPORTS_OF_THE_APP


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of nodes that reach each other (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            part = []
            while True:
                other = stack.pop()
                part.append(other)
                if other == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_a_cycle_is_found() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(edges) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("depth", [None, 2, 3, 4])
def test_no_import_cycle_at_any_level(depth: int | None) -> None:
    """Between modules (``None``: whole names, any two), and between sibling packages and
    modules (depth 2: ``rmtui.store`` and ``rmtui.core``; 3: ``rmtui.tui.screens`` and
    ``rmtui.tui.widgets``...). Imports inside functions count; type-checking ones do not."""
    grimp = pytest.importorskip("grimp")  # import-linter's graph, in the test extra
    graph = grimp.build_graph("rmtui", exclude_type_checking_imports=True)
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        here = ".".join(module.split(".")[:depth])
        for imported in graph.find_modules_directly_imported_by(module):
            there = ".".join(imported.split(".")[:depth])
            siblings = depth is None or here.rpartition(".")[0] == there.rpartition(".")[0]
            if here != there and siblings:
                edges.setdefault(here, set()).add(there)
    assert _cycles(edges) == []


def _run(script: str, *args: str) -> list[str]:
    """Run ``script`` in a fresh interpreter; its stdout, one module name a line."""
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m in prefixes or m.startswith(tuple(f"{p}." for p in prefixes))]


# `rmtui --workspace W` as the mentor runs it (argparse, context, launch line, app), in a
# headless terminal; the modules are read when the home screen's first frame starts the
# first reading of the workspace, and the app quits there.
FIRST_FRAME = """
import sys
from textual.app import App
from rmtui.tui.app import RmtuiApp

loaded = []

def first_frame(app):
    if not loaded:
        loaded.extend(sys.modules)
        loaded.append("screen:" + type(app.screen).__name__)
        loaded.extend("css:" + path.rsplit("/", 1)[-1] for path, _ in app.stylesheet.source)
        app.exit()

RmtuiApp.first_reading = first_frame
RmtuiApp.run = lambda app: App.run(app, headless=True, size=(100, 30))
from rmtui.cli import main
assert main(["--workspace", sys.argv[1]]) == 0
print("\\n".join(loaded))
"""

# Deferred today to a function that runs after the first frame (the first reading, a key,
# a palette command): the storage, the services, agendas and exports, every screen, modal
# and panel but the home screen and its table, the palette's commands, and what only rows
# or typed input need (session references, dates, the text cleaners).
NOT_AT_THE_FIRST_FRAME = (
    "rmtui.store",
    "rmtui.service",
    "rmtui.agenda",
    "rmtui.export",
    "rmtui.core.refs",
    "rmtui.core.dates",
    "rmtui.core.text",
    "rmtui.tui.commands",
    "rmtui.tui.literal",
    "rmtui.tui.agenda_browser",
    "rmtui.tui.sync_report",
    "rmtui.tui.serial",
    "rmtui.tui.session_view",
    "rmtui.tui.modals",
    "rmtui.tui.screens.help",
    "rmtui.tui.screens.export",
    "rmtui.tui.screens.kickoff",
    "rmtui.tui.screens.live",
    "rmtui.tui.screens.plan",
    "rmtui.tui.screens.review",
    "rmtui.tui.screens.search",
    "rmtui.tui.screens.tandem",
    "rmtui.tui.widgets.empty_state",
    "rmtui.tui.widgets.problems",
    "rmtui.tui.widgets.tandem_detail",
    "tinydb",
    "yaml",
    "markdown_it",
)


# Before the parser is built, the interface's language is read from the settings file: the
# paths of the workspace and one line of the file, no storage library.
LANGUAGE_LOOKUP = ("rmtui.store", "rmtui.store.paths", "rmtui.service", "rmtui.service.language")


def test_the_first_frame_defers_storage_services_and_other_screens(tmp_path: Path) -> None:
    loaded = _run(FIRST_FRAME, str(tmp_path / "ws"))
    assert "screen:HomeScreen" in loaded
    assert "rmtui.tui.screens.home" in loaded
    early = _loaded(loaded, NOT_AT_THE_FIRST_FRAME)
    assert [m for m in early if m not in LANGUAGE_LOOKUP] == []
    assert not (tmp_path / "ws").exists()
    # The styling of the parts around the table, of dialogs and of other screens is
    # parsed after the first frame.
    assert "css:home.tcss" in loaded
    assert "css:home_panels.tcss" not in loaded and "css:app.tcss" not in loaded


def _variables(name: str) -> list[str]:
    """The variables a stylesheet declares first (before its first rule)."""
    text = (PACKAGE / "tui" / name).read_text(encoding="utf-8")
    head = text.split("{", 1)[0]
    return [line for line in head.splitlines() if line.startswith("$")]


def test_the_later_styling_names_the_variables_of_the_first_frame_s() -> None:
    # A stylesheet's variables are its own: app.tcss and home_panels.tcss repeat
    # home.tcss's, alike.
    first = _variables("home.tcss")
    assert _variables("app.tcss") == _variables("home_panels.tcss") == first != []


NOTE_ADD = """
import sys
from rmtui.cli import main
assert main(["--workspace", sys.argv[1], "note", "add", "! one tweet a day"]) == 0
print("\\n".join(sys.modules))
"""

# `rmtui note add` loads its verb, the session service and the store, and nothing else of
# rmtui: the other verbs, the other services (records and carry-over load when a session
# stops), agendas, exports, the TUI; planning and templates, tandem profiles and ids, the
# summaries, the records, promotion, search words, erase, restore and the exports log of
# the store; and neither Textual nor YAML nor the platform paths, nor child processes nor
# hashes.
NOT_IN_NOTE_ADD = (
    "textual",
    "rich",
    "yaml",
    "markdown_it",
    "platformdirs",
    "subprocess",
    "hashlib",
    "rmtui.core.planning",
    "rmtui.core.template",
    "rmtui.core.tandems",
    "rmtui.core.names",
    "rmtui.core.summary",
    "rmtui.core.records",
    "rmtui.core.dates",
    "rmtui.store.erase",
    "rmtui.store.restore",
    "rmtui.store.exports_log",
    "rmtui.store.promotion",
    "rmtui.store.records",
    "rmtui.store.search_words",
    "rmtui.store.note_scan",
    "rmtui.core.upgrades",
    "rmtui.store.migrations",
    "rmtui.service.agendas",
    "rmtui.tui",
    "rmtui.agenda",
    "rmtui.export",
    "rmtui.cli.app",
    "rmtui.cli.session",
    "rmtui.cli.tandem",
    "rmtui.cli.overview",
    "rmtui.service.records",
    "rmtui.service.tandems",
    "rmtui.service.kickoff",
    "rmtui.service.search",
    "rmtui.service.exports",
    "rmtui.service.demo",
)


def test_note_add_defers_everything_a_note_does_not_need(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rmtui.cli import main

    ws = str(tmp_path / "ws")
    for argv in (
        ["tandem", "add", "--mentee", "Ada"],
        ["session", "plan", "ada", "--agenda", "kickoff"],
        ["session", "start", "ada/1"],
    ):
        assert main(["--workspace", ws, *argv]) == 0
    # As an older rmtui (schema 2) left the files: nothing in them needs upgrading.
    for path in Path(ws, "tandems", "ada").rglob("*.json"):
        kind = "tandem" if path.name == "tandem.json" else "session"
        tables = decode(path, path.read_bytes(), kind)
        path.write_bytes(dumps({"rmtui": kind, "schema": 2, "tables": tables}))
    loaded = _run(NOTE_ADD, ws)
    assert "rmtui.service.sessions" in loaded
    assert _loaded(loaded, NOT_IN_NOTE_ADD) == []
    capsys.readouterr()
    assert main(["--workspace", ws, "note", "list", "ada/1"]) == 0
    assert "one tweet a day" in capsys.readouterr().out


EXPORT_MD = """
import sys
from rmtui.cli import main
assert main(["--workspace", sys.argv[1], "export", "ada", "-o", sys.argv[2]]) == 0
print("\\n".join(sys.modules))
"""

# `rmtui export ID` in Markdown loads the Markdown renderer and the front matter's YAML,
# and none of the other formats' renderers: no HTML, no markdown-it, no JSON or cheat
# sheet, no digest, and no Textual.
NOT_IN_A_MARKDOWN_EXPORT = (
    "textual",
    "markdown_it",
    "rmtui.tui",
    "rmtui.export.html",
    "rmtui.export.as_typed",
    "rmtui.export.json_export",
    "rmtui.export.cheatsheet",
    "rmtui.export.digest",
)


def test_a_markdown_export_loads_no_other_renderer(tmp_path: Path) -> None:
    from rmtui.cli import main

    ws = str(tmp_path / "ws")
    for argv in (
        ["tandem", "add", "--mentee", "Ada"],
        ["session", "plan", "ada", "--agenda", "kickoff"],
        ["session", "start", "ada/1"],
        ["note", "add", "ada/1", "* found the privacy settings <b> | https://example.org"],
        ["session", "stop", "ada/1"],
    ):
        assert main(["--workspace", ws, *argv]) == 0
    target = tmp_path / "ada.md"
    loaded = _run(EXPORT_MD, ws, str(target))
    assert "rmtui.export.markdown" in loaded
    assert _loaded(loaded, NOT_IN_A_MARKDOWN_EXPORT) == []
    text = target.read_text(encoding="utf-8")
    assert "title: 'Midpoint summary: Ada'" in text or "title: Midpoint summary: Ada" in text
    assert "found the privacy settings" in text

"""The layers keep their promises: no Textual outside rmtui/tui, no print outside the CLI."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import rmtui

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

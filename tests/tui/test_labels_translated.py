"""No capitalised English reaches a Textual label, title, tab or column header in rmtui/tui
without the catalogs: a text passed there is a message (``messages.X``, ``gettext``, ``N_``
translated where shown), never a literal a translator cannot reach."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import rmtui.tui

TUI = Path(rmtui.tui.__file__).parent
WORD = re.compile(r"[A-Z][a-z]")
#: Calls whose first argument is shown as a label.
LABELS = {"add_column", "Label", "Static", "TabPane", "Button", "Checkbox", "Tab"}
#: Attributes whose value is shown as a title.
TITLES = {"border_title", "border_subtitle", "title", "sub_title"}


def literal_words(node: ast.AST | None) -> str | None:
    """The capitalised English a text argument holds as a literal, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if WORD.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = "".join(str(p) for p in parts)
        return text if WORD.search(text) else None
    return None


def called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def literals(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        shown: list[ast.AST | None] = []
        if isinstance(node, ast.Call):
            name = called(node)
            if name in LABELS and node.args:
                shown.append(node.args[0])
            if name == "Binding":
                shown.append(node.args[2] if len(node.args) > 2 else None)
                shown += [k.value for k in node.keywords if k.arg in ("description", "tooltip")]
            if name in LABELS:
                shown += [k.value for k in node.keywords if k.arg in ("label", "title")]
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Attribute) and t.attr in TITLES for t in targets):
                shown.append(node.value)
        for value in shown:
            words = literal_words(value)
            if words is not None:
                found.append((node.lineno, words))
    return sorted(found)


def test_no_capitalised_literal_reaches_a_label_title_or_column() -> None:
    found = [
        f"{path.relative_to(TUI)}:{line}: {text!r}"
        for path in sorted(TUI.rglob("*.py"))
        for line, text in literals(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "shown without the catalogs:\n" + "\n".join(found)


def test_the_scan_sees_a_literal_label() -> None:
    code = 'Label("Session 4")\nx.border_title = f"Items · {n}"\nBinding("a", "b", "Add")'
    assert [line for line, _ in literals(ast.parse(code))] == [1, 2, 3]
    marked = 'Label(gettext("Session"))\nx.border_title = messages.X\nBinding("a", "b", N_("Add"))'
    assert literals(ast.parse(marked)) == []

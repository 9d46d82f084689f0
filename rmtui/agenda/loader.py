"""One template file to a ``Template`` and its problems; many paths to a lint report.

Problems come back as data, never as exceptions: one bad file never stops the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rmtui.agenda import schema
from rmtui.agenda.files import FileRefused, read_template_text, template_files
from rmtui.agenda.variants import disagreements
from rmtui.core import messages
from rmtui.core.i18n import LANGUAGES
from rmtui.core.template import Problem, Source, Template, TopicKey, primary
from rmtui.formats import safe_yaml

_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)

Loaded = tuple[Template | None, list[Problem]]


def load_file(path: Path, source: Source = "workspace") -> Loaded:
    """Read, parse and validate one file. Synced templates may not be symlinks."""
    try:
        text, _ = read_template_text(path, follow_symlinks=source != "synced")
    except FileRefused as exc:
        return None, [Problem(path, exc.line, exc.column, exc.message)]
    return load_text(text, path, source)


def load_text(text: str, path: Path, source: Source = "workspace") -> Loaded:
    """Parse and validate a template's text; ``path`` names it in problems (and its id)."""
    try:
        node = safe_yaml.compose(text)
    except safe_yaml.YamlRefused as exc:
        field_ = safe_yaml.field_name(exc.path)
        return None, [Problem(path, exc.line + 1, exc.column + 1, exc.message, field_)]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(path, text, exc)]
    except yaml.YAMLError as exc:  # a reader error without a mark
        return None, [Problem(path, 0, 0, messages.AGENDA_YAML_SYNTAX.format(problem=exc))]
    except (RecursionError, MemoryError, ValueError) as exc:  # never let one file stop the rest
        reason = f"{type(exc).__name__}: {exc}"
        return None, [Problem(path, 0, 0, messages.AGENDA_UNREADABLE.format(reason=reason))]
    return schema.build(node, path, source)


def _syntax_problem(path: Path, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 0
    column = mark.column + 1 if mark is not None else 0
    # Tabs as indentation make the parser fail somewhere at or after them, with a message
    # about tokens; name the tab instead.
    tab = _last_tab_indent(text, line)
    if tab is not None:
        return Problem(path, tab[0], tab[1], messages.AGENDA_TAB_INDENT)
    problem = exc.problem or "cannot be parsed"
    if exc.context:
        problem = f"{problem} ({exc.context})"
    return Problem(path, line, column, messages.AGENDA_YAML_SYNTAX.format(problem=problem))


def _last_tab_indent(text: str, upto_line: int) -> tuple[int, int] | None:
    """1-based line and column of the last tab in indentation at or before ``upto_line``."""
    found = None
    for match in _TAB_INDENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if upto_line and line > upto_line:
            break
        found = (line, match.end() - match.start())
    return found


@dataclass
class CheckReport:
    """What ``rmtui agendas check`` found: the good templates and every problem."""

    files: list[Path] = field(default_factory=list)
    templates: list[Template] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def check(paths: Iterable[Path], source: Source = "workspace") -> CheckReport:
    """Lint files and folders (folders: every ``*.yaml``/``*.yml`` inside, recursively).

    Two templates with the same id and language are an error on the second one; the
    language variants of one topic must agree in structure (``variants.disagreements``).
    """
    report = CheckReport()
    owners: dict[TopicKey, Path] = {}
    for path in paths:
        if path.is_dir():
            files = list(template_files(path))
            if not files:
                report.problems.append(Problem(path, 0, 0, messages.AGENDA_NO_TEMPLATES))
        elif path.exists() or path.is_symlink():
            files = [path]
        else:
            report.problems.append(Problem(path, 0, 0, messages.AGENDA_NOT_FOUND))
            files = []
        for file in files:
            report.files.append(file)
            template, problems = load_file(file, source)
            report.problems.extend(problems)
            if template is None:
                continue
            if template.key in owners:
                other = owners[template.key]
                report.problems.append(
                    duplicate_problem(template.id, template.language, file, other)
                )
                continue
            owners[template.key] = file
            report.templates.append(template)
            report.problems.extend(_folder_language(template, file))
    report.problems.extend(disagreements(report.templates))
    return report


def _folder_language(template: Template, path: Path) -> list[Problem]:
    """A file in a folder named by a language rmtui speaks (``nl/kickoff.yaml``) that says
    it is in another language: most likely a copied file whose ``language`` was not set."""
    folder = path.parent.name
    if folder not in LANGUAGES or folder == primary(template.language):
        return []
    message = messages.AGENDA_FOLDER_LANGUAGE.format(folder=folder, language=template.language)
    return [Problem(path, 0, 0, message, "language", "warning")]


def duplicate_problem(topic: str, language: str, path: Path, other: Path) -> Problem:
    """A second template for one (topic, language) in one source: ``path`` is ignored."""
    message = messages.AGENDA_DUPLICATE_TOPIC.format(id=topic, language=language, other=other)
    return Problem(path, 0, 0, message, "id")


def check_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the templates under ``paths`` (files or folders)."""
    return check(paths).problems

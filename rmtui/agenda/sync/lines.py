"""A sync report as plain lines, the same for the terminal and the TUI's report screen.

Everything from the repository (titles, paths, git's words) is user text: it is folded
to one line and stripped of control characters here, and shown literally by the faces.
"""

from __future__ import annotations

from datetime import datetime

from rmtui.agenda.sync.report import Change, SyncReport, templates
from rmtui.agenda.sync.state import SyncState
from rmtui.core import messages
from rmtui.core.template import DEFAULT_LANGUAGE
from rmtui.core.text import one_line, strip_control


def when(moment: datetime) -> str:
    """Local time, to the minute, with its zone: what a mentor compares with the clock."""
    local = moment.astimezone()
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".rstrip()


def kept_line(kept: SyncState | None) -> str:
    if kept is None:
        return messages.SYNC_KEPT_NONE
    return messages.SYNC_KEPT.format(
        count=templates(kept.templates), commit=kept.short_commit, when=when(kept.synced_at)
    )


def summary(report: SyncReport) -> str:
    """One line for a notification."""
    if report.ok:
        counts = [
            messages.SYNC_COUNT.format(count=len(items), what=what)
            for what, items in (
                ("added", report.added),
                ("changed", report.changed),
                ("removed", report.removed),
                ("invalid", report.invalid),
            )
            if items
        ]
        text = report.message + (f" ({', '.join(counts)})" if counts else "")
    else:
        text = f"{messages.SYNC_FAILED.format(message=report.message)} {kept_line(report.kept)}"
    return one_line(text)


def report_lines(report: SyncReport) -> list[str]:
    """The whole report: what happened, the changes, the refused files and why."""
    if report.ok:
        lines = [one_line(report.message)]
    else:
        lines = [one_line(messages.SYNC_FAILED.format(message=report.message))]
    source = messages.SYNC_SOURCE.format(
        repo=report.repo, branch=report.branch or messages.SYNC_DEFAULT_BRANCH
    )
    if report.path:
        source += messages.SYNC_SOURCE_PATH.format(path=report.path)
    lines.append(one_line(source))
    for label, items in (
        (messages.SYNC_ADDED, report.added),
        (messages.SYNC_CHANGED, report.changed),
        (messages.SYNC_REMOVED, report.removed),
    ):
        lines += [_change_line(label, change) for change in items]
    for path, problems in report.invalid:
        lines.append(one_line(f"  {messages.SYNC_INVALID:<8} {path}"))
        lines += [f"      {one_line(_problem_text(str(p), path))}" for p in problems]
    if report.warnings:
        lines.append(messages.SYNC_WARNINGS.format(count=len(report.warnings)))
        lines += [f"      {one_line(str(p))}" for p in report.warnings]
    if report.detail:
        lines.append(messages.SYNC_GIT_SAID)
        lines += [f"      {one_line(line)}" for line in strip_control(report.detail).splitlines()]
    if not report.ok:
        lines.append(one_line(kept_line(report.kept)))
    lines.append(messages.SYNC_TOOK.format(seconds=report.seconds))
    return lines


def last_sync_line(state: SyncState | None) -> str | None:
    """For ``rmtui agendas list``: the synced copy in use, or ``None`` when there is none."""
    if state is None:
        return None
    return one_line(
        messages.SYNC_LIST_LINE.format(
            commit=state.short_commit,
            repo=state.repo,
            branch=state.branch or messages.SYNC_DEFAULT_BRANCH,
            when=when(state.synced_at),
            count=templates(state.templates),
        )
    )


def _change_line(label: str, change: Change) -> str:
    # The language is named where it is not the default one: "kickoff [nl]".
    other = change.language not in ("", DEFAULT_LANGUAGE)
    topic = f"{change.id} [{change.language}]" if other else change.id
    return one_line(f"  {label:<8} {topic}  {change.title}  ({change.path})")


def _problem_text(text: str, path: str) -> str:
    # The path is already on the line above; keep "line:column: message".
    return text[len(path) + 1 :].lstrip() if text.startswith(f"{path}:") else text

"""Exports as both faces use them: render, write, log; import; the meetup digest.

Reading goes through ``export.gather`` (the one privacy filter) before anything is
rendered. Every file is written atomically (0600) and every export is entered in the
log of each tandem it covers, stdout included, so the mentor can see what was shared.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from rmtui.core import i18n, messages
from rmtui.core.errors import ImportConflict, InvalidInput, RmtuiError, UnreadableFile
from rmtui.core.exporting import CLIPBOARD_TARGET, FORMATS, Format, Kind
from rmtui.core.model import Tandem
from rmtui.core.tandems import import_id, spoken
from rmtui.export import frontmatter, gather, markdown
from rmtui.export.anonymize import anonymize
from rmtui.export.report import build
from rmtui.fs import system
from rmtui.store.exports_log import ExportRecord
from rmtui.store.output import is_descriptor, write_output
from rmtui.store.settings import load_settings
from rmtui.store.workspace import Clock, Workspace

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from rmtui.export.digest import Digest

# The renderers of other formats (HTML and markdown-it, JSON, the cheat sheet) and the
# digest load when asked for: a Markdown export never pays for them.

SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".txt": "txt",
}
JSON_PREVIEW_LINES = 400


def format_for(path: str | None, given: str | None) -> Format:
    """``--format`` when given, else what the ``-o`` file name says, else Markdown."""
    chosen = given or (SUFFIXES.get(Path(path).suffix.lower(), "md") if path else "md")
    if chosen not in FORMATS:
        said = messages.EXPORT_FORMAT_UNKNOWN.format(value=chosen, formats=", ".join(FORMATS))
        raise InvalidInput("format", said)
    return chosen  # type: ignore[return-value]


def preview_parser() -> MarkdownIt:
    """The Markdown parser of the HTML export: a preview renders what the file will."""
    from rmtui.export import html

    return html.parser()


@dataclass(frozen=True, slots=True)
class ExportRequest:
    tandem_ids: tuple[str, ...]
    kind: Kind = "midpoint"
    session: int | None = None
    format: Format = "md"
    anonymize: bool = False


@dataclass(frozen=True, slots=True)
class Rendered:
    """One export, ready to write: the file's text and a Markdown preview of it."""

    request: ExportRequest
    text: str
    preview: str
    name: str
    tandem_ids: tuple[str, ...]
    when: datetime
    session: int | None = None  # the session a recap is about

    @property
    def kind(self) -> str:
        return "data" if self.request.format == "json" else self.request.kind


@dataclass(frozen=True, slots=True)
class Imported:
    tandem: Tandem
    sessions: int
    notes: int
    outcome: Outcome = "imported"


Outcome = Literal["imported", "replaced", "skipped"]
OnExisting = Literal["refuse", "replace", "skip"]
"""What an import does with a tandem already in the workspace: refuse the whole file
(naming both choices), erase the workspace's copy and import the file's, or keep it."""


@dataclass(frozen=True, slots=True)
class Active:
    ids: list[str]
    problems: list[UnreadableFile] = field(default_factory=list)


class ExportService:
    """Exports of one workspace; the clock and the mentor's name are injectable."""

    def __init__(
        self, workspace: Workspace, *, clock: Clock | None = None, mentor: str | None = None
    ):
        self.workspace = workspace
        self.clock: Clock = clock or workspace.now
        self._mentor = mentor
        self._written: set[Path] = set()  # the files written here: the only ones opened

    @property
    def mentor(self) -> str:
        """The name given, else the settings' as they are now (the TUI holds one service
        while the mentor may change the name)."""
        if self._mentor is not None:
            return self._mentor
        try:
            return load_settings(self.workspace.layout.settings).mentor_name
        except RmtuiError:
            return ""

    def active(self) -> Active:
        """The active tandems (``--all``), and the tandems that could not be read."""
        scan = self.workspace.scan()
        ids = [s.tandem.id for s in scan.summaries if s.tandem.status == "active"]
        return Active(ids, list(scan.problems))

    # --- rendering ------------------------------------------------------------------------

    def program_language(self) -> str:
        """The language of what is made for the program (the meetup digest, a summary of
        several tandems): the ``program_language`` setting, else the interface's."""
        try:
            chosen = load_settings(self.workspace.layout.settings).program_language
        except RmtuiError:
            chosen = ""
        return i18n.normalize(chosen) or i18n.interface_language()

    def render(self, request: ExportRequest) -> Rendered:
        """The export, in the language of whom it is made for: one tandem's own, the
        program's for several. Refusals, said to the mentor, stay in the interface's."""
        if not request.tandem_ids:
            raise RmtuiError(messages.EXPORT_NO_ACTIVE)
        if request.kind == "session" and len(request.tandem_ids) > 1:
            raise RmtuiError(messages.EXPORT_ALL_NO_RECAP)
        if request.kind == "cheatsheet" and len(request.tandem_ids) > 1:
            raise RmtuiError(messages.EXPORT_ALL_NO_SHEET)
        if request.format == "txt" and request.kind != "cheatsheet":
            raise InvalidInput("format", messages.EXPORT_TXT_SHEET_ONLY)
        if len(request.tandem_ids) == 1:
            language = spoken(self.workspace.tandem(request.tandem_ids[0]))
        else:
            language = self.program_language()
        with i18n.speaking(language):
            return self._render(request)

    def _render(self, request: ExportRequest) -> Rendered:
        now = self.clock()
        data = [gather.public(gather.load(self.workspace, i)) for i in request.tandem_ids]
        if request.anonymize:
            data = anonymize(data)
        part: str = request.kind
        recapped: int | None = None
        if request.format == "json":
            from rmtui.export import json_export

            text = json_export.dump(data, exported=now, anonymized=request.anonymize)
            preview, part = _json_preview(text, len(data)), "data"
        elif request.kind == "cheatsheet":
            text, preview = self._cheatsheet(data[0], request, now)
        else:
            reports = [build(d, request.kind, now, request.session) for d in data]
            if request.kind == "session":
                body = markdown.recap(reports[0], self.mentor)
                recapped = reports[0].sessions[0].n
                part = f"session-{recapped}"
            else:
                body = markdown.summary(reports, self.mentor)
            title = markdown.title_of(body)
            meta = frontmatter.build(
                reports,
                generated=now,
                mentor=self.mentor,
                anonymized=request.anonymize,
                title=title,
            )
            preview = body
            if request.format == "html":
                from rmtui.export import html

                text = html.page(body, title, meta)
            else:
                text = frontmatter.dump(meta) + body
        slug = data[0].tandem.id if len(data) == 1 else "all"
        name = f"{slug}-{part}-{now.date().isoformat()}.{request.format}"
        return Rendered(request, text, preview, name, request.tandem_ids, now, recapped)

    def _cheatsheet(
        self, data: gather.TandemData, request: ExportRequest, now: datetime
    ) -> tuple[str, str]:
        """The mentee's cheat sheet as the file's text, and its Markdown preview."""
        from rmtui.export import cheatsheet, html

        sheet = cheatsheet.build(data, now, self.mentor)
        body = cheatsheet.markdown(sheet)
        if request.format == "txt":
            return cheatsheet.text(sheet), body
        if request.format == "html":
            meta = {
                "kind": "cheatsheet",
                "generated": now.isoformat(timespec="seconds"),
                "mentor": self.mentor,
                "anonymized": request.anonymize,
            }
            return html.page(body, html.title_of(body), meta, cheatsheet.PRINT_STYLE), body
        return body, body

    # --- writing and the log ------------------------------------------------------------

    def default_path(self, rendered: Rendered) -> Path:
        """``exports/<name>``, with ``-2``, ``-3``... when that name is taken."""
        folder = self.workspace.layout.exports
        path = folder / rendered.name
        stem, suffix, n = path.stem, path.suffix, 2
        while path.exists():
            path = folder / f"{stem}-{n}{suffix}"
            n += 1
        return path

    def write(self, rendered: Rendered, target: Path | None = None) -> Path:
        """Write the export and log it; returns where it went.

        A file is written atomically (0600); ``/dev/null``, a FIFO or ``/dev/stdout`` is
        written through, never replaced (``store.output``).
        """
        path = target if target is not None else self.default_path(rendered)
        written = write_output(path, rendered.text.encode("utf-8"))
        self.log(rendered, str(written if is_descriptor(written) else written.resolve()))
        if not is_descriptor(written):
            self._written.add(written.resolve())
        return written

    def copied(self, rendered: Rendered) -> None:
        """Log an export copied to the clipboard: it left the workspace as a file does."""
        self.log(rendered, CLIPBOARD_TARGET)

    def open_written(self, path: Path) -> None:
        """Open an export this service has written, with the system's opener (no shell,
        detached). Any other path is refused: rmtui never opens what it did not write."""
        resolved = path.resolve()
        if resolved not in self._written or not resolved.is_file():
            raise InvalidInput("path", messages.EXPORT_OPEN_NOT_WRITTEN.format(path=path))
        try:
            system.open_file(resolved)
        except FileNotFoundError:
            names = ", ".join(system.openers())
            raise RmtuiError(messages.EXPORT_NO_OPENER.format(names=names, path=path)) from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise RmtuiError(messages.EXPORT_OPEN_FAILED.format(path=path, reason=reason)) from None

    def write_digest(self, markdown_text: str, target: Path | None = None) -> Path:
        """Write a meetup digest (default: ``exports/meetup-digest-<day>.md``)."""
        if target is None:
            day = self.clock().date().isoformat()
            target = self.workspace.layout.exports / f"meetup-digest-{day}.md"
        return write_output(target, markdown_text.encode("utf-8"))

    def log(self, rendered: Rendered, target: str) -> None:
        """Enter the export in each tandem's log (``target`` "-" for standard output)."""
        request = rendered.request
        record = ExportRecord(
            when=rendered.when,
            kind=rendered.kind,
            format=request.format,
            target=target,
            anonymized=request.anonymize,
            session=_session_of(rendered),
        )
        for tandem_id in rendered.tandem_ids:
            self.workspace.record_export(tandem_id, record)

    def history(self, tandem_id: str) -> list[ExportRecord]:
        return self.workspace.exports(tandem_id)

    # --- import and digest --------------------------------------------------------------

    def import_file(self, path: Path, *, existing: OnExisting = "refuse") -> list[Imported]:
        """Every tandem of a JSON export, under its own id. A tandem already in the
        workspace is never stored as a copy beside it: ``existing`` says what happens
        (by default the whole file is refused, ``ImportConflict`` naming the choices)."""
        from rmtui.export import json_export

        raw = _read_capped(path, json_export.MAX_BYTES)
        done: list[Imported] = []
        # Every tandem of the file is read and checked before the first one is written.
        tandems = json_export.load(raw, path)
        taken = set(self.workspace.tandem_ids())
        there = tuple(import_id(d.tandem) for d in tandems if import_id(d.tandem) in taken)
        if there and existing == "refuse":
            ids = ", ".join(there)
            raise ImportConflict(messages.IMPORT_EXISTS_CHOOSE.format(path=path, ids=ids), there)
        try:
            for data in tandems:
                notes = sum(len(s.notes) for s in data.sessions)
                outcome: Outcome = "imported"
                if import_id(data.tandem) in there:
                    if existing == "skip":
                        kept = replace(data.tandem, id=import_id(data.tandem))
                        done.append(Imported(kept, len(data.sessions), notes, "skipped"))
                        continue
                    self.workspace.erase_tandem(import_id(data.tandem))
                    outcome = "replaced"
                tandem = self.workspace.import_tandem(
                    data.tandem,
                    data.index,
                    data.sessions,
                    data.keywords,
                    data.actions,
                    data.learning,
                )
                done.append(Imported(tandem, len(data.sessions), notes, outcome))
        except BaseException:
            # All or nothing: a failed import leaves no new tandem behind (one replaced
            # is whole, the file's copy: it stays).
            for item in done:
                if item.outcome == "imported":
                    with contextlib.suppress(OSError, RmtuiError):
                        self.workspace.discard_import(item.tandem.id)
            raise
        return done

    def digest(self, paths: Sequence[Path]) -> Digest:
        from rmtui.export.digest import MAX_BYTES as DIGEST_MAX_BYTES
        from rmtui.export.digest import Digest, Skipped, digest

        files: list[tuple[str, bytes]] = []
        unreadable: list[Skipped] = []
        for path in paths:
            try:
                files.append((str(path), _read_capped(path, DIGEST_MAX_BYTES)))
            except OSError as exc:
                reason = messages.DIGEST_UNREADABLE.format(reason=exc.strerror or exc)
                unreadable.append(Skipped(str(path), reason))
        result = digest(files, self.clock(), self.program_language())
        return Digest(result.markdown, result.used, (*unreadable, *result.skipped))


def _session_of(rendered: Rendered) -> int | None:
    """The session a recap is about (None for any other kind)."""
    if rendered.kind != "session":
        return None
    return rendered.session


def _read_capped(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes, so an oversized file is refused without reading it all."""
    with path.open("rb") as fh:
        return fh.read(limit + 1)


def _json_preview(text: str, count: int) -> str:
    lines = text.splitlines()
    shown = lines[:JSON_PREVIEW_LINES]
    hidden = len(lines) - len(shown)
    more = ["", "    " + messages.EXPORT_MORE_LINES.format(hidden)] if hidden > 0 else []
    # An indented code block: no fence for the data to close, whatever it holds.
    body = "\n".join("    " + line for line in shown)
    intro = messages.EXPORT_TUI_JSON_PREVIEW.format(count)
    return "\n".join([intro, "", body, *more]) + "\n"

"""The settings screen: who the mentor is, the program's agenda repository, the frame a new
tandem starts with, and the theme. Each field is checked by the rule ``rmtui settings
set`` applies; saving writes only the values changed here, in one edit of ``rmtui.yaml``
that keeps the mentor's comments and keys."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Input, Label, Select, Static
from textual.worker import Worker, WorkerState

from rmtui.core import i18n, messages
from rmtui.core.errors import InvalidInput, RmtuiError
from rmtui.core.i18n import N_, gettext
from rmtui.service.settings import DEFAULT_THEME, Settings, check_value, setting_values
from rmtui.tui.literal import literal_line
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.validators import CoreRule, check_field, show_field_error
from rmtui.tui.widgets.footer import Footer


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    """The setting's key, as ``rmtui settings set`` names it."""
    label: str
    placeholder: str
    integer: bool = False

    @property
    def id(self) -> str:
        return self.key.replace(".", "-").replace("_", "-")


GROUPS: tuple[tuple[str, tuple[Field, ...]], ...] = (
    (
        N_("You"),
        (
            Field("mentor_name", N_("Your name"), N_("as exports show it")),
            Field("mentor_dept", N_("Your dept"), N_("e.g. Corporate Communications")),
        ),
    ),
    (
        N_("The program's agenda templates"),
        (
            Field("agenda_repo", N_("Repository"), N_("https://… or a folder (git)")),
            Field("branch", N_("Branch"), N_("empty: the repository's default")),
            Field("path", N_("Folder"), N_("e.g. templates; empty: the whole repository")),
        ),
    ),
    (
        N_("A new tandem's frame"),
        (
            Field("frame.sessions", N_("Sessions"), N_("1-52"), integer=True),
            Field("frame.months", N_("Months"), N_("1-36"), integer=True),
        ),
    ),
)
FIELDS = tuple(field for _title, fields in GROUPS for field in fields)


def program_language_choices() -> list[tuple[str, str]]:
    """The meetup digest's language: the mentor's own ('' in rmtui.yaml), or one named."""
    yours = messages.LANGUAGE_NAMES[i18n.interface_language()]
    named = [(messages.LANGUAGE_NAMES[code], code) for code in i18n.LANGUAGES]
    return [(messages.TUI_PROGRAM_LANGUAGE_YOURS.format(name=yours), ""), *named]


class SettingsScreen(RmtuiScreen[None]):
    """The form; ``focus`` names the setting to start at. State classes: -loading, -saving."""

    DEFAULT_CLASSES = "-loading"
    DESTINATION = "settings"  # its key is hidden here

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "back",
            N_("Back"),
            id="settings.back",
            tooltip=N_("Leave the settings; what was not saved is dropped"),
        ),
        Binding(
            "ctrl+s",
            "save",
            N_("Save"),
            id="settings.save",
            tooltip=N_("Check the fields and save them to rmtui.yaml"),
        ),
        Binding(
            "f5",
            "save(True)",
            N_("Save & sync"),
            id="settings.save-sync",
            tooltip=N_("Save, then fetch the program's agenda templates from the repository"),
        ),
    ]

    def __init__(self, *, focus: str | None = None) -> None:
        super().__init__()
        self.first_focus = focus
        self.loaded: Settings | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="settings-form", classes="panel"):
            yield Static(id="settings-hint", classes="dialog-hint")
            for title, fields in GROUPS:
                yield Static(gettext(title), classes="settings-group", markup=False)
                for field in fields:
                    with Horizontal(classes="field", id=f"{field.id}-field"):
                        yield Label(gettext(field.label), classes="field-label")
                        with Vertical(classes="field-body"):
                            yield Input(
                                placeholder=gettext(field.placeholder),
                                id=field.id,
                                type="integer" if field.integer else "text",
                                validators=[CoreRule(partial(check_value, field.key))],
                                validate_on=["blur", "submitted"],
                                compact=True,
                                classes="-short" if field.integer else "",
                            )
                            yield Static(classes="field-error", id=f"{field.id}-error")
            yield Static(messages.TUI_SETTINGS_LOOK, classes="settings-group", markup=False)
            with Horizontal(classes="field", id="theme-field"):
                yield Label(messages.TUI_SETTINGS_THEME, classes="field-label")
                themes = sorted(self.app.available_themes)
                yield Select(
                    [(name, name) for name in themes],
                    allow_blank=False,
                    value=self.app.theme if self.app.theme in themes else themes[0],
                    id="theme",
                    compact=True,
                )
            with Horizontal(classes="field", id="language-field"):
                yield Label(messages.TUI_SETTINGS_LANGUAGE, classes="field-label")
                with Vertical(classes="field-body"):
                    yield Select(
                        [(messages.TUI_SETTINGS_LANGUAGE_LOCALE, "")]
                        + [(name, code) for code, name in messages.LANGUAGE_NAMES.items()],
                        allow_blank=False,
                        value="",
                        id="language",
                        compact=True,
                    )
                    yield Static(
                        messages.TUI_SETTINGS_LANGUAGE_RESTART, classes="field-hint", markup=False
                    )
            with Horizontal(classes="field", id="program-language-field"):
                yield Label(messages.TUI_PROGRAM_LANGUAGE, classes="field-label")
                yield Select(
                    program_language_choices(),
                    allow_blank=False,
                    value="",
                    id="program-language",
                    compact=True,
                    tooltip=messages.SETTING_HELP["program_language"],
                )
            yield Static(id="save-error", classes="dialog-error")
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.TUI_SETTINGS_TITLE
        self.sub_title = ""
        self.query_one("#settings-form").border_title = messages.TUI_SETTINGS_TITLE
        self._load()

    # --- reading, off the event loop -----------------------------------------------------

    @work(thread=True, exclusive=True, group="settings-load", exit_on_error=False)
    def _load(self) -> tuple[Settings, str]:
        service = self.rmtui.services.settings
        return service.load(), service.path

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        worker, state = event.worker, event.state
        if worker.group == "settings-load":
            if state == WorkerState.SUCCESS and worker.result is not None:
                settings, path = worker.result
                self._show(settings, path)
            elif state == WorkerState.ERROR:
                self.remove_class("-loading")
                self._set_save_error(messages.TUI_SETTINGS_LOAD_FAILED.format(reason=worker.error))
        elif worker.group == "settings-save":
            if state == WorkerState.SUCCESS and worker.result is not None:
                settings, sync = worker.result
                self._saved(settings, sync)
            elif state == WorkerState.ERROR:
                self._save_failed(worker.error)

    def _show(self, settings: Settings, path: str) -> None:
        self.loaded = settings
        self.remove_class("-loading")
        self.query_one("#settings-hint", Static).update(
            literal_line(messages.TUI_SETTINGS_HINT.format(path=path))
        )
        values = setting_values(settings)
        for field in FIELDS:
            self.query_one(f"#{field.id}", Input).value = str(values[field.key])
        # A hand-written value rmtui does not offer ("nl_BE", a typo) shows as what it means.
        program = i18n.normalize(settings.program_language) or ""
        self.query_one("#program-language", Select).value = program
        theme = settings.theme or DEFAULT_THEME
        select = self.query_one("#theme", Select)
        if theme in self.app.available_themes:
            select.value = theme
        self.query_one("#language", Select).value = i18n.normalize(settings.language) or ""
        wanted = next((f for f in FIELDS if f.key == self.first_focus), FIELDS[0])
        self.query_one(f"#{wanted.id}", Input).focus()

    # --- checking each field -------------------------------------------------------------

    def _show_error(self, field: Field, reason: str | None) -> None:
        show_field_error(self, field.id, reason)

    def _check(self, field: Field) -> str | None:
        return check_field(self, field.id)

    def _field(self, widget_id: str | None) -> Field | None:
        return next((f for f in FIELDS if f.id == widget_id), None)

    @on(Input.Blurred)
    def _blurred(self, event: Input.Blurred) -> None:
        field = self._field(event.input.id)
        if field is not None:
            self._check(field)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        field = self._field(event.input.id)
        if field is not None and self.query_one(f"#{field.id}-field").has_class("-invalid"):
            self._check(field)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # Enter moves on, like Tab: eight fields are not one question. ctrl+s saves.
        event.stop()
        self.focus_next()

    # --- saving --------------------------------------------------------------------------

    def changes(self) -> dict[str, str]:
        """What the mentor changed here, by setting key (only those are written)."""
        loaded = setting_values(self.loaded) if self.loaded is not None else {}
        typed = {f.key: self.query_one(f"#{f.id}", Input).value for f in FIELDS}
        changed = {key: text for key, text in typed.items() if text != str(loaded.get(key, ""))}
        theme = self.query_one("#theme", Select).value
        saved_theme = (self.loaded.theme if self.loaded else "") or DEFAULT_THEME
        if isinstance(theme, str) and theme != saved_theme:
            changed["theme"] = theme
        language = self.query_one("#language", Select).value
        saved_language = self.loaded.language if self.loaded else ""
        if isinstance(language, str) and language != saved_language:
            changed["language"] = language
        program = self.query_one("#program-language", Select).value
        saved_program = self.loaded.program_language if self.loaded else ""
        if isinstance(program, str) and program != saved_program:
            changed["program_language"] = program
        return changed

    def action_save(self, sync: bool = False) -> None:
        if self.has_class("-loading") or self.has_class("-saving"):
            return
        invalid = [f for f in FIELDS if self._check(f) is not None]
        if invalid:
            self._set_save_error(messages.TUI_SETTINGS_FIX_FIELDS)
            self.query_one(f"#{invalid[0].id}", Input).focus()
            return
        if sync and not self.query_one("#agenda-repo", Input).value.strip():
            repo = next(f for f in FIELDS if f.key == "agenda_repo")
            self._show_error(repo, messages.TUI_SETTINGS_NO_REPO)
            self.query_one(f"#{repo.id}", Input).focus()
            return
        self._set_save_error(None)
        self.add_class("-saving")
        self._save(self.changes(), sync)

    @work(thread=True, exclusive=True, group="settings-save", exit_on_error=False)
    def _save(self, changes: dict[str, str], sync: bool) -> tuple[Settings, bool]:
        service = self.rmtui.services.settings
        settings = service.update(changes) if changes else service.load()
        return settings, sync

    def _saved(self, settings: Settings, sync: bool) -> None:
        from rmtui.tui.sync_report import sync_or_ask

        app = self.rmtui
        app.settings = settings
        self.notify(messages.TUI_SETTINGS_SAVED, markup=False)
        self.dismiss(None)
        if sync:
            sync_or_ask(self.app, app.services.agendas)

    def _save_failed(self, error: BaseException | None) -> None:
        self.remove_class("-saving")
        if isinstance(error, InvalidInput):
            field = next((f for f in FIELDS if f.key == error.field), None)
            if field is not None:
                self._show_error(field, error.reason)
        reason = error if isinstance(error, (RmtuiError, OSError)) else repr(error)
        self._set_save_error(messages.TUI_SETTINGS_SAVE_FAILED.format(reason=reason))

    def _set_save_error(self, reason: str | None) -> None:
        error = self.query_one("#save-error", Static)
        error.update(literal_line(reason or ""))
        error.display = reason is not None

    def action_back(self) -> None:
        self.dismiss(None)

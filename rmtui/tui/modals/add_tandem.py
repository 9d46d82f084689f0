"""The add-tandem form: core validation by each field, a confirmation for one department.

The modal writes through the ``save`` callable it is given (off the event loop) and
returns the stored ``Tandem``, or ``None`` when the mentor cancels. On a failed write it
stays open with everything typed, so nothing has to be entered twice. Given a ``tandem``,
the same form edits who it is (names, role, departments), with the same checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from rmtui.core import i18n, messages
from rmtui.core.errors import InvalidInput, RmtuiError
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import Frame, Tandem
from rmtui.core.tandems import (
    TandemDraft,
    build_tandem,
    check_frame,
    clean_name,
    parse_date,
    same_department,
    spoken,
)
from rmtui.core.text import one_line
from rmtui.tui.form_keys import FORM_FOCUS_KEYS
from rmtui.tui.literal import literal, literal_line
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.validators import CoreRule, check_field, show_field_error
from rmtui.tui.widgets.footer import Footer

DEFAULTS = Frame()
# The core names fields in words; the form's widget ids are slugs.
FIELD_IDS = {"mentee department": "mentee-dept", "mentor department": "mentor-dept"}


def _count(value: str, field: str, message: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise InvalidInput(field, messages.REQUIRED if not value.strip() else message) from None


def check_mentee(value: str) -> None:
    # The whole draft rule, so "required" and the length limit come from one place.
    build_tandem(TandemDraft(mentee=value), (), datetime.min)


def check_sessions(value: str) -> None:
    check_frame(_count(value, "sessions", messages.FRAME_SESSIONS), DEFAULTS.months)


def check_months(value: str) -> None:
    check_frame(DEFAULTS.sessions, _count(value, "months", messages.FRAME_MONTHS))


def check_start(value: str) -> None:
    if value.strip():
        parse_date(value, "start")


@dataclass(frozen=True, slots=True)
class Field:
    id: str
    label: str
    placeholder: str
    check: Callable[[str], object]
    value: str = ""
    integer: bool = False


def fields(today: date, mentor_dept: str = "", frame: Frame = DEFAULTS) -> tuple[Field, ...]:
    """The new tandem's fields; ``mentor_dept`` and ``frame`` from the mentor's settings."""
    return (
        Field(
            "mentee", gettext("Mentee"), gettext("the manager you mentor (required)"), check_mentee
        ),
        Field(
            "role",
            gettext("Role"),
            gettext("e.g. Head of Logistics"),
            lambda v: clean_name(v, "role"),
        ),
        Field(
            "mentee-dept",
            gettext("Their dept"),
            gettext("e.g. Logistics"),
            lambda v: clean_name(v, gettext("mentee department")),
        ),
        Field(
            "mentor-dept",
            gettext("Your dept"),
            gettext("e.g. Corporate Communications"),
            lambda v: clean_name(v, gettext("mentor department")),
            mentor_dept,
        ),
        Field(
            "sessions", gettext("Sessions"), "", check_sessions, str(frame.sessions), integer=True
        ),
        Field("months", gettext("Months"), "", check_months, str(frame.months), integer=True),
        Field(
            "start",
            gettext("Start date"),
            messages.TUI_START_PLACEHOLDER.format(today=today.isoformat()),
            check_start,
        ),
    )


PROFILE_FIELDS = ("mentee", "role", "mentee-dept", "mentor-dept")


def language_choices() -> list[tuple[str, str]]:
    """The languages a tandem can speak, each by its own name."""
    return [(messages.LANGUAGE_NAMES[code], code) for code in i18n.LANGUAGES]


def profile_fields(tandem: Tandem) -> tuple[Field, ...]:
    """Who the tandem is, filled with what is stored."""
    stored = {
        "mentee": tandem.mentee,
        "role": tandem.role,
        "mentee-dept": tandem.mentee_dept,
        "mentor-dept": tandem.mentor_dept,
    }
    return tuple(
        replace(field, value=stored[field.id])
        for field in fields(date.min)
        if field.id in PROFILE_FIELDS
    )


class AddTandemModal(ModalScreen[Tandem | None]):
    """Returns the tandem as stored, or ``None`` when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *FORM_FOCUS_KEYS,  # typing right after Tab lands in the next field
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            id="add-tandem.cancel",
            tooltip=N_("Close the form without adding anything"),
        ),
        Binding(
            "ctrl+s",
            "save",
            N_("Add tandem"),
            id="add-tandem.save",
            tooltip=N_("Check the fields and add the tandem (enter in any field does the same)"),
        ),
    ]

    def __init__(
        self,
        save: Callable[[TandemDraft], Tandem],
        today: date,
        *,
        mentor_dept: str = "",
        frame: Frame = DEFAULTS,
        tandem: Tandem | None = None,
    ) -> None:
        """``mentor_dept`` and ``frame`` prefill a new tandem (the mentor's settings);
        ``tandem`` makes the form edit that tandem's profile instead."""
        super().__init__()
        self.save = save
        self.today = today
        self.tandem = tandem
        self.fields = profile_fields(tandem) if tandem else fields(today, mentor_dept, frame)

    def compose(self) -> ComposeResult:
        editing = self.tandem is not None
        with Vertical(id="add-tandem", classes="dialog") as dialog:
            dialog.border_title = (
                messages.TUI_PROFILE_EDIT_TITLE if editing else messages.TUI_ADD_TITLE
            )
            hint = messages.TUI_PROFILE_EDIT_HINT if editing else messages.TUI_ADD_HINT
            yield Static(hint, classes="dialog-hint", markup=False)
            for field in self.fields:
                with Horizontal(classes="field", id=f"{field.id}-field"):
                    yield Label(field.label, classes="field-label")
                    with Vertical(classes="field-body"):
                        yield Input(
                            field.value,
                            placeholder=field.placeholder,
                            id=field.id,
                            type="integer" if field.integer else "text",
                            validators=[CoreRule(field.check)],
                            validate_on=["blur", "submitted"],
                            compact=True,
                            classes="-short" if field.integer else "",
                        )
                        yield Static(classes="field-error", id=f"{field.id}-error")
            with Horizontal(classes="field", id="language-field"):
                yield Label(messages.TUI_PROFILE_LANGUAGE, classes="field-label")
                yield Select(
                    language_choices(),
                    allow_blank=False,
                    value=spoken(self.tandem),
                    id="language",
                    compact=True,
                    tooltip=messages.TUI_TANDEM_LANGUAGE_TIP,
                )
            yield Static(classes="dialog-error", id="save-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(gettext("Cancel"), id="cancel", compact=True)
                label = gettext("Save") if editing else gettext("Add tandem")
                yield Button(label, id="save", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#mentee", Input).focus()

    # --- validation shown by each field ------------------------------------------------

    def _show_error(self, field_id: str, reason: str | None) -> None:
        show_field_error(self, field_id, reason)

    def _check(self, field: Field) -> str | None:
        """The field's problem, shown by it, or None."""
        return check_field(self, field.id)

    @on(Input.Blurred)
    def _blurred(self, event: Input.Blurred) -> None:
        self._check(self._field(event.input.id))

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        # Errors go away as soon as they are fixed, but do not appear mid-typing.
        field = self._field(event.input.id)
        if self.query_one(f"#{field.id}-field").has_class("-invalid"):
            self._check(field)

    def _field(self, field_id: str | None) -> Field:
        return next(f for f in self.fields if f.id == field_id)

    # --- saving ------------------------------------------------------------------------

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        invalid = [f for f in self.fields if self._check(f) is not None]
        if invalid:
            self._set_save_error(messages.TUI_FIX_FIELDS)
            self.query_one(f"#{invalid[0].id}", Input).focus()
            return
        self._set_save_error(None)
        draft = self.draft()
        if same_department(draft):
            warning = messages.SAME_DEPARTMENT.format(dept=one_line(draft.mentor_dept))
            body = literal(warning[:1].upper() + warning[1:])
            editing = self.tandem is not None
            question = ConfirmModal(
                messages.TUI_SAME_DEPARTMENT_TITLE,
                body,
                messages.TUI_PROFILE_SAME_DEPARTMENT_QUESTION
                if editing
                else messages.TUI_SAME_DEPARTMENT_QUESTION,
                yes=gettext("Save anyway") if editing else gettext("Add anyway"),
                no=gettext("Go back"),
            )
            self.app.push_screen(question, self._confirmed)
            return
        self._write(draft)

    def _confirmed(self, yes: bool | None) -> None:
        if yes:
            self._write(self.draft())
        else:
            self.query_one("#mentor-dept", Input).focus()

    def draft(self) -> TandemDraft:
        """The form as a draft; only call once every field checks out."""

        def value(field_id: str) -> str:
            return self.query_one(f"#{field_id}", Input).value

        chosen = self.query_one("#language", Select).value
        language = chosen if isinstance(chosen, str) else ""

        if self.tandem is not None:  # a profile: the frame and the start stay as they are
            return TandemDraft(
                mentee=value("mentee"),
                role=value("role"),
                mentee_dept=value("mentee-dept"),
                mentor_dept=value("mentor-dept"),
                start=self.tandem.start,
                sessions=self.tandem.frame.sessions,
                months=self.tandem.frame.months,
                # A tandem that never chose keeps following the interface unless changed.
                language=language if self.tandem.language or language != spoken(None) else "",
            )
        start = value("start")
        return TandemDraft(
            mentee=value("mentee"),
            role=value("role"),
            mentee_dept=value("mentee-dept"),
            mentor_dept=value("mentor-dept"),
            start=parse_date(start, "start") if start.strip() else None,
            sessions=int(value("sessions")),
            months=int(value("months")),
            language=language,
        )

    def _set_save_error(self, reason: str | None) -> None:
        self.query_one("#save-error", Static).update(literal_line(reason or ""))
        self.query_one("#add-tandem").set_class(reason is not None, "-failed")

    def _write(self, draft: TandemDraft) -> None:
        self.query_one("#add-tandem").add_class("-saving")
        self.query_one("#save", Button).disabled = True
        self._write_worker(draft)

    @work(thread=True, exclusive=True, group="add-tandem", exit_on_error=False)
    def _write_worker(self, draft: TandemDraft) -> None:
        try:
            tandem = self.save(draft)
        except (RmtuiError, OSError) as exc:
            self.app.call_from_thread(self._write_failed, exc)
        else:
            self.app.call_from_thread(self.dismiss, tandem)

    def _write_failed(self, exc: Exception) -> None:
        self.query_one("#add-tandem").remove_class("-saving")
        self.query_one("#save", Button).disabled = False
        if isinstance(exc, InvalidInput):
            field_id = FIELD_IDS.get(exc.field, exc.field)
            if any(f.id == field_id for f in self.fields):
                self._show_error(field_id, exc.reason)
        wording = messages.TUI_PROFILE_SAVE_FAILED if self.tandem else messages.TUI_ADD_FAILED
        self._set_save_error(wording.format(reason=exc))


class EditProfileModal(AddTandemModal):
    """The add-tandem form on a stored tandem: who it is; returns the tandem as saved."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            id="edit-profile.cancel",
            tooltip=N_("Close the form; the profile stays as it was"),
        ),
        Binding(
            "ctrl+s",
            "save",
            N_("Save"),
            id="edit-profile.save",
            tooltip=N_("Check the fields and save the profile (enter in any field does the same)"),
        ),
    ]

    def __init__(self, tandem: Tandem, save: Callable[[TandemDraft], Tandem]) -> None:
        super().__init__(save, date.min, tandem=tandem)

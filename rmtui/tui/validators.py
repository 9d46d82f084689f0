"""Core validation rules as Textual validators (the rule lives once, in the core), and
how a form shows them by each field."""

from __future__ import annotations

from collections.abc import Callable

from textual.validation import ValidationResult, Validator
from textual.widget import Widget
from textual.widgets import Input, Static

from rmtui.core.errors import InvalidInput
from rmtui.tui.literal import literal_line


class CoreRule(Validator):
    """Runs a core check on the field's text; its ``InvalidInput`` reason is the message."""

    def __init__(self, check: Callable[[str], object]) -> None:
        super().__init__()
        self.check = check

    def validate(self, value: str) -> ValidationResult:
        try:
            self.check(value)
        except InvalidInput as exc:
            return self.failure(exc.reason, value)
        return self.success()


def show_field_error(form: Widget, field_id: str, reason: str | None) -> None:
    """Show ``reason`` under the form's field (``#<id>-error``) and mark its row
    (``#<id>-field`` gets ``-invalid``); ``None`` clears both."""
    form.query_one(f"#{field_id}-error", Static).update(literal_line(reason or ""))
    form.query_one(f"#{field_id}-field").set_class(reason is not None, "-invalid")


def check_field(form: Widget, field_id: str) -> str | None:
    """Run the validators of the form's input ``#<id>``, show the outcome by the field,
    and give the problem (or None)."""
    widget = form.query_one(f"#{field_id}", Input)
    result = widget.validate(widget.value)
    reason = None
    if result is not None and not result.is_valid:
        reason = "; ".join(result.failure_descriptions)
    show_field_error(form, field_id, reason)
    return reason

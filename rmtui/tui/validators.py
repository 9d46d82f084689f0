"""Core validation rules as Textual validators: the rule lives once, in the core."""

from __future__ import annotations

from collections.abc import Callable

from textual.validation import ValidationResult, Validator

from rmtui.core.errors import InvalidInput


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

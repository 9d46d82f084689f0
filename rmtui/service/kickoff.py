"""The kick-off: what the first session settles, as one plan the service applies.

Introductions end in a profile (what each side wants to learn, interests and skills both
ways, ground rules), the keyword list, and a date for every session of the frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.model import Session, SessionInfo
from rmtui.core.template import Template
from rmtui.core.text import one_line, strip_control

MAX_PROFILE_TEXT = 2000
MAX_RULE = 200


@dataclass(frozen=True, slots=True)
class KickoffSession:
    """One planned session: its date, and optionally the template it will follow."""

    at: datetime
    template: Template | None = None


@dataclass(frozen=True, slots=True)
class KickoffPlan:
    """Everything the kick-off settles. ``sessions`` lists the frame's sessions in order
    (session 1 first); dates come from ``TandemService.suggested_dates`` and the mentor
    edits them. Sessions that already took place keep their date; planned ones move to
    the new date; the rest are created as planned sessions."""

    expectations: str = ""  # what the mentee wants to learn
    mentor_expectations: str = ""  # what the mentor wants to learn
    mentee_interests: str = ""
    mentee_skills: str = ""
    mentor_interests: str = ""
    mentor_skills: str = ""
    rules: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    sessions: tuple[KickoffSession, ...] = field(default_factory=tuple)


def profile_changes(plan: KickoffPlan) -> tuple[dict[str, str], list[str]]:
    """The profile texts and the rules the plan sets, cleaned (control characters out,
    sizes capped)."""
    changes: dict[str, str] = {
        key: _text(getattr(plan, key), key)
        for key in (
            "expectations",
            "mentor_expectations",
            "mentee_interests",
            "mentee_skills",
            "mentor_interests",
            "mentor_skills",
        )
    }
    rules = [one_line(r) for r in plan.rules]
    for rule in rules:
        if len(rule) > MAX_RULE:
            raise InvalidInput("rules", messages.TOO_LONG.format(limit=MAX_RULE))
    return changes, [r for r in rules if r]


def _text(value: str, name: str) -> str:
    text = strip_control(value).strip()
    if len(text) > MAX_PROFILE_TEXT:
        raise InvalidInput(name.replace("_", " "), messages.TOO_LONG.format(limit=MAX_PROFILE_TEXT))
    return text


def check_sessions(plan: KickoffPlan, frame_sessions: int) -> None:
    if len(plan.sessions) > max(frame_sessions, 1):
        raise InvalidInput(
            "dates",
            messages.KICKOFF_DATES.format(len(plan.sessions), sessions=frame_sessions),
        )


def blank_session(tandem_id: str, at: datetime, rules: list[str]) -> Session:
    """A planned session with a date and no agenda yet (the mentor picks one later)."""
    return Session(tandem_id=tandem_id, n=0, planned_at=at, rules=list(rules))


def pairs(
    existing: list[SessionInfo], planned: tuple[KickoffSession, ...]
) -> tuple[list[tuple[SessionInfo, KickoffSession]], list[KickoffSession]]:
    """Match the plan's sessions to the tandem's existing ones in order; the rest are new."""
    ordered = sorted(existing, key=lambda s: s.n)
    matched = list(zip(ordered, planned, strict=False))
    return matched, list(planned[len(matched) :])

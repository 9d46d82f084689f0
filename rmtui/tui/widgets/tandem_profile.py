"""The tandem's profile as the kick-off left it: who, the frame, what each side wants to
learn, interests and skills both ways, and the ground rules."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import Tandem
from rmtui.core.tandems import spoken
from rmtui.service.tandems import TandemOverview
from rmtui.tui import progress
from rmtui.tui.literal import literal, literal_line

FIELDS = (
    ("p-mentee", N_("Mentee")),
    ("p-role", N_("Role")),
    ("p-mentee-dept", N_("Their dept")),
    ("p-mentor-dept", N_("Your dept")),
    ("p-start", N_("Started")),
    ("p-frame", N_("Frame")),
    ("p-status", N_("Status")),
    ("p-language", N_("Language")),
    ("p-expectations", N_("They want to learn")),
    ("p-mentor-expectations", N_("You want to learn")),
    ("p-mentee-interests", N_("Their interests")),
    ("p-mentee-skills", N_("Their skills")),
    ("p-mentor-interests", N_("Your interests")),
    ("p-mentor-skills", N_("Your skills")),
    ("p-rules", N_("Ground rules")),
)
KICKOFF_FIELDS = {
    "p-expectations",
    "p-mentor-expectations",
    "p-mentee-interests",
    "p-mentee-skills",
    "p-mentor-interests",
    "p-mentor-skills",
}


class TandemProfile(VerticalScroll):
    """Label and value per line; empty kick-off answers say so."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "e",
            "screen.edit_profile",
            N_("Edit"),
            id="profile.edit",
            tooltip=N_(
                "Edit the mentee's name, role and department, your department, and the "
                "tandem's language"
            ),
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="profile-hint")
        with Grid(id="profile-grid"):
            for key, label in FIELDS:
                yield Label(gettext(label), classes="field-label")
                yield Static(id=key, classes="field-value")

    def show(self, overview: TandemOverview) -> None:
        tandem = overview.summary.tandem
        values = profile_values(tandem, overview)
        for key, _label in FIELDS:
            self.query_one(f"#{key}", Static).update(values[key])
        missing = all(not values[k].plain.strip("— ") for k in KICKOFF_FIELDS)
        hint = self.query_one("#profile-hint", Static)
        hint.display = missing
        hint.update(Content.styled(messages.TUI_KICKOFF_NOT_DONE, "$text-warning"))


def language_label(tandem: Tandem) -> str:
    """The tandem's language by its own name; one never chosen says it follows yours."""
    name = messages.LANGUAGE_NAMES[spoken(tandem)]
    return name if tandem.language else messages.TUI_PROFILE_LANGUAGE_FOLLOWS.format(name=name)


def profile_values(tandem: Tandem, overview: TandemOverview) -> dict[str, Content]:
    frame = tandem.frame
    rules = [r for r in tandem.rules if r.strip()]
    values = {
        "p-mentee": literal_line(tandem.mentee, "bold"),
        "p-role": literal_line(tandem.role),
        "p-mentee-dept": literal_line(tandem.mentee_dept),
        "p-mentor-dept": literal_line(tandem.mentor_dept),
        "p-start": Content(
            f"{progress.long_date(tandem.start)} · {overview.week_label}" if tandem.start else ""
        ),
        "p-frame": Content(
            messages.TUI_FRAME_OF.format(sessions=frame.sessions, months=frame.months)
            + f" · {progress.midpoint(overview.progress)}"
        ),
        "p-status": Content(
            messages.TUI_STATUS_AND_PACE.format(
                status=messages.TANDEM_STATUS_NAMES.get(tandem.status, tandem.status),
                pace=messages.PACE_NAMES.get(overview.progress.pace, overview.progress.pace),
            )
        ),
        "p-language": Content(language_label(tandem)),
        "p-expectations": literal(tandem.expectations.strip()),
        "p-mentor-expectations": literal(tandem.mentor_expectations.strip()),
        "p-mentee-interests": literal(tandem.mentee_interests.strip()),
        "p-mentee-skills": literal(tandem.mentee_skills.strip()),
        "p-mentor-interests": literal(tandem.mentor_interests.strip()),
        "p-mentor-skills": literal(tandem.mentor_skills.strip()),
        "p-rules": Content("\n").join(Content("• ") + literal_line(r) for r in rules),
    }
    empty = Content.styled("—", "$foreground-muted")
    return {k: v if v.plain.strip() else empty for k, v in values.items()}

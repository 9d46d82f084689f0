"""The learning log in two columns, what the mentor learned and what the mentee learned,
under a balance strip: in reverse mentoring, learning that runs one way is worth noticing."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from rmtui.core import messages
from rmtui.core.capture import find_tags
from rmtui.core.i18n import N_
from rmtui.core.text import fold
from rmtui.tui.literal import literal, literal_line

if TYPE_CHECKING:
    from rmtui.core.model import LearnedBy
    from rmtui.service.tandems import Balance, LearningItem, TandemOverview

SIDES: tuple[LearnedBy, ...] = ("mentor", "mentee")


def item_key(side: LearnedBy, index: int) -> str:
    return f"{side}-{index}"


class LearningPane(Vertical):
    """Balance on top; mentor learned (left) and mentee learned (right)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a",
            "screen.add_learning",
            N_("Add"),
            id="learning.add",
            tooltip=N_("Log something learned (by you or by the mentee)"),
        ),
        Binding(
            "e",
            "screen.edit_learning",
            N_("Edit"),
            id="learning.edit",
            tooltip=N_("Edit the highlighted entry: text, who learned it, keywords, private"),
        ),
        Binding(
            "tilde",
            "screen.learning_private",
            N_("Private"),
            id="learning.private",
            tooltip=N_("Make the highlighted entry private (never exported), or public again"),
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: dict[LearnedBy, tuple[LearningItem, ...]] = {"mentor": (), "mentee": ()}
        self.last_side: LearnedBy = "mentor"

    def compose(self) -> ComposeResult:
        yield Static(id="balance")
        with Horizontal(id="learning-columns"):
            for side in SIDES:
                yield OptionList(id=f"learned-{side}", classes="panel")

    def list_of(self, side: LearnedBy) -> OptionList:
        return self.query_one(f"#learned-{side}", OptionList)

    def on_descendant_focus(self) -> None:
        focused = self.screen.focused
        for side in SIDES:
            if focused is self.list_of(side):
                self.last_side = side

    @property
    def selected(self) -> LearningItem | None:
        """The highlighted entry of the column focused last."""
        option_list = self.list_of(self.last_side)
        index = option_list.highlighted
        items = self.items[self.last_side]
        if index is None or not items or index >= len(items):
            return None
        return items[index]

    def show(self, overview: TandemOverview, select: tuple[LearnedBy, int] | None = None) -> None:
        """Fill both columns; ``select`` (side, record id) highlights one entry."""
        log = overview.learning
        self.items = {"mentor": log.mentor, "mentee": log.mentee}
        self.query_one("#balance", Static).update(balance_line(log.balance))
        titles = {
            side: Content(messages.LEARNED_TITLES[side].format(count=len(self.items[side])))
            for side in SIDES
        }
        for side in SIDES:
            option_list = self.list_of(side)
            previous = option_list.highlighted
            option_list.border_title = titles[side]
            option_list.clear_options()
            items = self.items[side]
            if not items:
                hint = Content.styled(messages.TUI_NO_LEARNING, "$foreground-muted")
                option_list.add_option(Option(hint, disabled=True))
                continue
            option_list.add_options(
                Option(entry_line(item), id=item_key(side, i)) for i, item in enumerate(items)
            )
            if select is not None and select[0] == side:
                wanted = next((i for i, it in enumerate(items) if it.id == select[1]), None)
                previous = wanted if wanted is not None else previous
            option_list.highlighted = min(previous or 0, len(items) - 1)


def entry_line(item: LearningItem) -> Content:
    """``s3  text  #keyword  ~private``."""
    where = f"s{item.session}" if item.session is not None else "—"
    parts: list[Content | str | tuple[str, str]] = [
        (f"{where:<4}", "$foreground-muted"),
        literal(item.text),
    ]
    written = {fold(tag) for tag in find_tags(item.text)}
    extra = [k for k in item.keywords if fold(k) not in written]  # a #tag in the text: once
    if extra:
        tags = Content(" ").join(literal_line(f"#{k}") for k in extra)
        parts += ["  ", tags.stylize("$text-accent")]
    if item.private:
        parts.append(("  ~private", "italic $text-warning"))
    return Content.assemble(*parts)


def balance_strip(balance: Balance, width: int = 12) -> Content:
    """The mentor's share of the entries (left) against the mentee's (right), in two
    colours; a balanced tandem shows two halves."""
    if not balance.total:
        return Content.styled("─" * width, "$foreground-muted")
    left = round(width * balance.mentor_share)
    return Content.assemble(("━" * left, "$text-primary"), ("━" * (width - left), "$text-accent"))


def balance_line(balance: Balance) -> Content:
    """``mentor learned 3 ███████▒▒▒ 1 mentee learned`` and a word when it is one-sided."""
    if not balance.total:
        return Content.styled(messages.TUI_BALANCE_EMPTY, "$foreground-muted")
    parts: list[Content | str | tuple[str, str]] = [
        (f"{messages.NOTE_KIND_NAMES['mentor-learned']} {balance.mentor} ", "bold $text-primary"),
        balance_strip(balance, 24),
        (f" {balance.mentee} {messages.NOTE_KIND_NAMES['mentee-learned']}", "bold $text-accent"),
    ]
    if balance.one_sided and balance.leaning is not None:
        said = (
            messages.TUI_ONE_SIDED_YOU
            if balance.leaning == "mentee"
            else messages.TUI_ONE_SIDED_MENTEE
        )
        parts.append((said, "$text-warning"))
    return Content.assemble(*parts)

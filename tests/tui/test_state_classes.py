"""A screen's state classes restyle it without the blocks of its Markdown preview: every
node is styled as Textual's full restyle would style it."""

from __future__ import annotations

from datetime import date

from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Markdown
from tuikit import MakeApp, settle, until

from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace
from rmtui.tui.screens.base import set_state
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.screens.plan import PlanScreen


def styles(screen: Screen[object]) -> list[tuple[DOMNode, dict[str, object]]]:
    return [(node, dict(node.styles.get_rules())) for node in screen.walk_children(with_self=True)]


async def toggle_each(screen: Screen[object], names: tuple[str, ...]) -> None:
    documents = frozenset(getattr(screen, "DOCUMENTS", ()))
    assert documents
    for name in names:
        for on in (not screen.has_class(name), screen.has_class(name)):  # there and back
            set_state(screen, name, on, documents=documents)
            assert screen.has_class(name) == on
            ours = styles(screen)
            screen.app.update_styles(screen)  # Textual's restyle of every node
            assert styles(screen) == ours, name


async def test_state_classes_style_every_node_as_a_full_restyle(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    empty_ws.add_tandem(TandemDraft(mentee="Anna Kowalska", start=date(2025, 3, 12)))
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, PlanScreen))
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        await until(pilot, lambda: plan.data is not None)
        await settle(pilot)
        blocks = list(plan.query_one(Markdown).walk_children())
        assert len(blocks) > 20  # a template's preview: many blocks
        await toggle_each(plan, ("-picking", "-short", "-narrow", "-saving", "-failed"))
        await pilot.press("escape")
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        await settle(pilot)
        await toggle_each(app.screen, ("-writing",))

"""User text is data: markup, actions and escape codes in names render literally."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.command import CommandPalette
from textual.widgets import OptionList
from tuikit import MakeApp, settle, shown, table_rows, until

from rmtui.core.tandems import TandemDraft
from rmtui.core.text import one_line, strip_control
from rmtui.store import Workspace
from rmtui.tui.literal import literal, literal_line

MARKUP_NAME = "[bold]Boss[/] [@click=app.quit]x[/]"
ESCAPED_ROLE = "\x1b[31mRed\x1b[0m [/] \x07"
HOSTILE_DEPT = "$x [b]Ops"


async def test_hostile_names_render_literally(empty_ws: Workspace, app_for: MakeApp) -> None:
    tandem = empty_ws.add_tandem(TandemDraft(mentee=MARKUP_NAME, mentee_dept=HOSTILE_DEPT))
    # Written past the core's cleaning, as a file from elsewhere might be.
    empty_ws.update_tandem(
        tandem.id,
        role=ESCAPED_ROLE,
        expectations="[/]\x1b]0;pwned\x07 [link=https://example.com]x[/link]",
        rules=["[@click=app.quit]never[/]"],
    )
    empty_ws.add_keywords(tandem.id, ["[bold]k[/]", "[/]", "$kw"])
    bad = empty_ws.layout.tandem_file("[red]broken[@click=app.quit]")
    bad.parent.mkdir(parents=True)
    bad.write_text("not json [/]")

    app = app_for(empty_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        mentee, dept, *_ = table_rows(app)[0]
        assert mentee == MARKUP_NAME
        assert dept == HOSTILE_DEPT
        assert shown(app, "#profile-name") == MARKUP_NAME
        # The ESC is gone, so what remains is harmless text shown as it is.
        assert shown(app, "#profile-role") == f"[31mRed[0m [/] · {HOSTILE_DEPT}"
        assert shown(app, "#expectations-value") == "[/]]0;pwned [link=https://example.com]x[/link]"
        assert shown(app, "#rules-value") == "• [@click=app.quit]never[/]"
        assert shown(app, "#keyword-list").splitlines() == [
            "○ [bold]k[/]",
            "○ [/]",
            "○ $kw",
            "(○ open)",
        ]
        assert "[red]broken[@click=app.quit]" in shown(app, "#problems-list")
        screenshot = app.export_screenshot()
        assert "\x1b" not in screenshot and "\x07" not in screenshot
        # Clicking the text of a would-be action does nothing.
        await pilot.click("#profile-name")
        await pilot.click("#rules-value")
        await pilot.pause()
        assert app.is_running

        # The palette shows the name literally too (Textual's own provider would not).
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"show boss")
        options = app.screen.query_one(OptionList)

        def prompts() -> list[str]:
            return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]

        # The palette searches in a worker: wait for the hit rather than a fixed time.
        await until(pilot, lambda: any(f"tandem: show {MARKUP_NAME}" in p for p in prompts()))
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_literal_content_is_the_text_itself(text: str) -> None:
    content = literal(text)
    assert content.plain == strip_control(text)
    assert not content.spans
    assert literal_line(text).plain == one_line(text)

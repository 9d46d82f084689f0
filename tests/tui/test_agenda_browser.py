"""The agenda template browser: filtering, the preview, problems, and hostile template text."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, OptionList, Static
from textual.widgets._markdown import MarkdownBlock

from rmtui.agenda.cache import TemplateCache
from rmtui.agenda.library import Library, load_library
from rmtui.core.template import Problem, Template, TemplateItem
from rmtui.service.agendas import AgendaService
from rmtui.store import Workspace
from rmtui.tui.agenda_browser import AgendaBrowser

HOSTILE_TITLE = "[bold]Bold?[/] [@click=app.quit]quit[/] \x1b[31mred\x1b[0m <b>html</b>"
HOSTILE = Template(
    id="hostile",
    title=HOSTILE_TITLE,
    summary="Summary with [/] and [@click=app.quit]click me[/] and <script>x</script>\x1b]0;t\x07",
    tags=("evil",),
    keywords=("[red]kw[/]",),
    rules=("[/]", "\x1b[2J clear the screen"),
    items=(
        TemplateItem(
            "[@click=app.quit]Item[/]",
            10,
            ("*not emphasis* `not code` [link](https://example.org)", "[/bold]"),
            "notes [/]",
        ),
    ),
    path=Path("hostile.yaml"),
)
PRIVACY = Template(
    id="data-protection",
    title="Data protection at work",
    summary="What the **GDPR** asks. See [the guide](https://example.org/gdpr).",
    tags=("privacy",),
    keywords=("GDPR", "cookies"),
    items=(TemplateItem("Cookie banners", 15, ("Open a news site: what did you accept?",)),),
)
LINKEDIN = Template(
    id="linkedin-leaders",
    title="LinkedIn for leaders",
    tags=("social",),
    keywords=("LinkedIn",),
    items=(TemplateItem("Profile", 20),),
)
PROBLEM = Problem(Path("agendas/broken.yaml"), 3, 8, "must be text, not a list", "title")


def library(*templates: Template, problems: list[Problem] | None = None) -> Library:
    return Library(
        templates={t.id: t for t in templates},
        problems=list(problems or []),
    )


class Host(App[None]):
    def __init__(self, load: Callable[[], Library]) -> None:
        super().__init__()
        self.load = load

    def on_mount(self) -> None:
        self.push_screen(AgendaBrowser(load=self.load))


async def until(pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await pilot.pause(0.02)
        await asyncio.sleep(0)


def browser(app: App[None]) -> AgendaBrowser:
    screen = app.screen
    assert isinstance(screen, AgendaBrowser)
    return screen


def listed(app: App[None]) -> list[str]:
    options = browser(app).query_one("#agenda-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def preview_text(app: App[None]) -> str:
    markdown = browser(app).query_one("#agenda-preview", Markdown)
    return "\n".join(str(block.render()) for block in markdown.query(MarkdownBlock))


async def loaded(pilot: Pilot[None]) -> AgendaBrowser:
    await until(pilot, lambda: isinstance(pilot.app.screen, AgendaBrowser))
    await until(pilot, lambda: browser(pilot.app).library is not None)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return browser(pilot.app)


async def test_hostile_template_text_shows_literally_and_acts_on_nothing() -> None:
    app = Host(lambda: library(HOSTILE))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        [entry] = listed(app)
        assert entry.startswith("[bold]Bold?[/] [@click=app.quit]quit[/] [31mred[0m <b>html</b>")
        await until(pilot, lambda: "Summary with" in preview_text(app))
        text = preview_text(app)
        assert "[bold]Bold?[/] [@click=app.quit]quit[/]" in text
        assert "[@click=app.quit]click me[/]" in text
        assert "<script>x</script>" in text and "<b>html</b>" in text
        assert "*not emphasis* `not code` [link](https://example.org)" in text
        assert "[/bold]" in text and "notes [/]" in text and "[red]kw[/]" in text
        assert "\x1b" not in text and "\x07" not in text

        # Clicking where the markup would have made a live action does nothing.
        for selector in ("#agenda-list", "#agenda-preview"):
            await pilot.click(selector, offset=(4, 1))
            await pilot.click(selector, offset=(20, 1))
        await pilot.pause()
        assert app.is_running and app.screen is screen
        assert app.return_code is None


async def test_filter_by_text_tag_and_keyword() -> None:
    app = Host(lambda: library(PRIVACY, LINKEDIN, HOSTILE))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert [e.split("\n")[0] for e in listed(app)] == [
            HOSTILE_TITLE.replace("\x1b", ""),  # by title: "[" sorts before letters
            "Data protection at work",
            "LinkedIn for leaders",
        ]
        await pilot.press("slash")
        assert screen.focused is screen.query_one("#agenda-filter", Input)
        for query, expected in [
            ("tag:priv", ["data-protection"]),
            ("kw:linkedin", ["linkedin-leaders"]),
            ("cookie", ["data-protection"]),
            ("[@click", ["hostile"]),
            ("nothing-matches-this", []),
        ]:
            screen.query_one("#agenda-filter", Input).value = query
            await pilot.pause()
            assert [t.id for t in screen.shown] == expected, query
        await until(pilot, lambda: "no template matches" in preview_text(app))

        screen.query_one("#agenda-filter", Input).value = ""
        await pilot.pause()
        await pilot.press("enter")  # from the filter to the list
        assert screen.focused is screen.query_one("#agenda-list", OptionList)
        await pilot.press("down", "down")
        await until(pilot, lambda: "LinkedIn for leaders" in preview_text(app))
        assert screen.selected is LINKEDIN


async def test_problems_are_shown_in_a_panel() -> None:
    app = Host(lambda: library(PRIVACY, problems=[PROBLEM]))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        panel = screen.query_one("#agenda-problems")
        assert panel.display and panel.has_class("-problems")
        shown = str(screen.query_one("#agenda-problems-list", Static).render())
        assert shown == "✗ agendas/broken.yaml:3:8: title: must be text, not a list"
        assert "1 problem" in str(panel.border_title)


async def test_no_problems_no_panel_and_links_are_not_opened() -> None:
    app = Host(lambda: library(PRIVACY))
    opened: list[str] = []
    app.open_url = lambda url, **kw: opened.append(url)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert not screen.query_one("#agenda-problems").display
        await until(pilot, lambda: "GDPR" in preview_text(app))
        markdown = screen.query_one("#agenda-preview", Markdown)
        markdown.post_message(Markdown.LinkClicked(markdown, "https://example.org/gdpr"))
        await pilot.pause()
        assert opened == []
        assert any("https://example.org/gdpr" in str(n.message) for n in app._notifications)


async def test_loads_off_the_event_loop_and_reloads() -> None:
    threads: list[str] = []
    versions = [library(PRIVACY), library(PRIVACY, LINKEDIN)]

    def load() -> Library:
        threads.append(threading.current_thread().name)
        return versions[min(len(threads) - 1, 1)]

    app = Host(load)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert [t.id for t in screen.shown] == ["data-protection"]
        await pilot.press("ctrl+r")
        await until(pilot, lambda: len(screen.shown) == 2)
        assert screen.selected is PRIVACY  # the highlight survives a reload
    assert threads and threading.main_thread().name not in threads


async def test_a_failing_load_is_a_notification_not_a_crash() -> None:
    def load() -> Library:
        raise OSError("disk on fire")

    app = Host(load)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, AgendaBrowser))
        await app.workers.wait_for_complete()
        await until(pilot, lambda: bool(app._notifications))
        assert app.is_running
        assert "disk on fire" in str(next(iter(app._notifications)).message)


async def test_browses_a_real_workspace_library(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.layout.agendas).mkdir(parents=True)
    (ws.layout.agendas / "mine.yaml").write_text(
        "id: mine\ntitle: My own\nminutes: 30\nitems:\n  - title: Talk\n    minutes: 30\n"
    )
    (ws.layout.agendas / "bad.yaml").write_text("id: bad\n")
    expected = load_library(ws.layout, cache=TemplateCache())

    class WorkspaceHost(App[None]):
        def on_mount(self) -> None:
            self.push_screen(AgendaBrowser(AgendaService(ws.layout)))

    app = WorkspaceHost()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert [t.id for t in screen.shown] == [t.id for t in expected.winners()]
        assert "mine" in [t.id for t in screen.shown]
        assert screen.query_one("#agenda-problems").display
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AgendaBrowser)


async def test_the_app_opens_the_browser_by_key_and_by_palette_command(tmp_path: Path) -> None:
    from rmtui.tui.app import make_app

    app = make_app(Workspace(tmp_path / "ws"), watch_interval=None, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        titles = {c.title: c for c in app.palette_commands(app.screen)}
        assert "agendas: browse" in titles
        await pilot.press("g")
        screen = await loaded(pilot)
        assert len(screen.shown) >= 12  # the bundled library
        assert screen.query_one("#agenda-problems").display is False
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AgendaBrowser)
        titles["agendas: browse"].run()
        await loaded(pilot)

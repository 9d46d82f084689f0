"""One services object: built once, opened on first use, shared by the CLI and the TUI."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmtui.cli.context import Context
from rmtui.core.errors import RmtuiError
from rmtui.service.services import make_services
from rmtui.store import Workspace


def test_nothing_is_opened_until_a_service_is_used(tmp_path: Path) -> None:
    opened: list[Workspace] = []

    def open_workspace() -> Workspace:
        opened.append(Workspace(tmp_path / "ws"))
        return opened[-1]

    services = make_services(open_workspace)
    assert opened == [] and not services.opened
    tandems = services.tandems
    assert services.tandems is tandems and len(opened) == 1
    # Every service works on the one workspace; sessions plan from the one library.
    assert services.sessions.workspace is tandems.workspace is services.workspace
    assert services.sessions.agendas is services.agendas
    assert services.exports is services.exports and len(opened) == 1


def test_the_app_holds_the_services_of_the_command_line(tmp_path: Path) -> None:
    from rmtui.tui.app import make_app

    ctx = Context(folder=str(tmp_path / "ws"))
    app = make_app(services=lambda: ctx.services)
    assert app.services is ctx.services
    assert app.sessions is ctx.services.sessions and app.workspace is ctx.workspace


def test_a_template_by_id_from_the_agendas_service(tmp_path: Path) -> None:
    agendas = make_services(Workspace(tmp_path / "ws")).agendas
    first = agendas.templates()[0]
    assert agendas.template(first.id) == first
    assert agendas.find("no-such-template") is None
    with pytest.raises(RmtuiError, match="no agenda template 'no-such-template'"):
        agendas.template("no-such-template")
    assert first.title in agendas.markdown(first)


def test_an_export_signs_with_the_mentor_name_as_the_settings_say_now(tmp_path: Path) -> None:
    services = make_services(Workspace(tmp_path / "ws"))
    services.settings.set("mentor_name", "Jo")
    assert services.exports.mentor == "Jo"
    services.settings.set("mentor_name", "Ann")  # changed while the app runs
    assert services.exports.mentor == "Ann"

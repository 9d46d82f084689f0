"""``rmtui settings show|set``: the mentor's settings (``rmtui.yaml``) from a shell.

A bad key or value is a usage error (exit 2) and changes nothing; a settings file that
cannot be read, or not be changed without losing what else it holds, exits 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.i18n import gettext

# The key list lives with the service (which loads YAML and the sync rules): the parser
# names the keys from the messages, so `rmtui --help` stays cheap.
KEY_NAMES = tuple(messages.SETTING_HELP)
USAGE_ERROR = 2


def register(sub: Any) -> None:
    p = sub.add_parser("settings", help=gettext("show or change your settings (rmtui.yaml)"))
    verbs = p.add_subparsers(dest="settings_verb", metavar="VERB", required=True)

    show = verbs.add_parser("show", help=gettext("every setting and its value"))
    show.add_argument("--json", action="store_true", help=gettext("print the settings as JSON"))
    show.set_defaults(run=run_show)

    keys = "\n".join(f"  {name:<15} {text}" for name, text in messages.SETTING_HELP.items())
    change = verbs.add_parser(
        "set",
        help=gettext("change one setting ('' clears a text)"),
        description=messages.SETTINGS_SET_DESCRIPTION.format(keys=keys),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    change.add_argument("key", metavar="KEY", help=gettext("a setting (listed above)"))
    change.add_argument("value", metavar="VALUE", help=gettext("its new value"))
    change.set_defaults(run=run_set)


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.service.settings import DEFAULT_THEME, setting_values

    service = ctx.services.settings
    values = setting_values(service.load())
    if args.json:
        ctx.json(values)
        return 0
    width = max(len(name) for name in values)
    for name, value in values.items():
        shown = str(value)
        if not shown:
            default = DEFAULT_THEME if name == "theme" else ""
            shown = (
                messages.SETTINGS_DEFAULT_THEME.format(theme=default)
                if default
                else messages.SETTINGS_NOT_SET
            )
        ctx.say(f"{name:<{width}}  {shown}")
    ctx.say(messages.SETTINGS_FILE.format(path=service.path))
    return 0


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.service.settings import check_value, key_of, setting_values

    try:
        key = key_of(args.key)
    except InvalidInput as exc:
        ctx.error(exc.reason)
        return USAGE_ERROR
    try:
        check_value(key.name, args.value)
    except InvalidInput as exc:
        ctx.error(str(exc))
        return USAGE_ERROR
    settings = ctx.services.settings.set(key.name, args.value)
    value = setting_values(settings)[key.name]
    if value == "":
        ctx.say(messages.SETTINGS_CLEARED.format(key=key.name))
    else:
        ctx.say(messages.SETTINGS_SET.format(key=key.name, value=value))
    return 0

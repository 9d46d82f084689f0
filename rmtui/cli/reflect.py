"""``rmtui session reflect SESSION [TEXT|-]``: the mentor's private reflection on a session.

Kept out of ``cli/session.py`` and joined to the ``session`` verbs by ``cli.MORE_VERBS``.
"""

from __future__ import annotations

import argparse
from typing import Any

from rmtui.cli.context import Context, session_ref
from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.i18n import gettext


def register_into(verbs: Any) -> None:
    """Add ``reflect`` to the ``session`` sub-parsers."""
    reflect = verbs.add_parser(
        "reflect",
        help=gettext("write your private reflection on a session (never exported)"),
        description=(
            gettext(
                "Your reflection on a session: what went well, what was hard, what to try next "
                "time. It is never exported. Without TEXT it opens in your editor ($VISUAL, "
                "else $EDITOR) and is saved when you close it; nothing is saved if the editor "
                "fails or the text is unchanged or empty. '' clears it."
            )
        ),
    )
    reflect.add_argument(
        "session", type=session_ref, metavar="SESSION", help=gettext("TANDEM-ID/N")
    )
    reflect.add_argument(
        "text",
        nargs="?",
        metavar="TEXT",
        help=gettext("the reflection; - reads it from stdin (default: your editor)"),
    )
    reflect.set_defaults(run=run_reflect)


def run_reflect(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.cli.editor import STDIN, edit_text, read_stdin

    service = ctx.services.sessions
    text: str | None = args.text
    if text == STDIN:
        text = read_stdin(ctx)
        if not text:  # an empty pipe clears nothing: '' is how to clear it
            raise InvalidInput("reflection", messages.EMPTY_NOTE)
    elif text is None:
        text = edit_text(ctx, service.get(args.session).reflection)
        if text is None:
            return 0
    session = service.set_reflection(args.session, text)
    done = messages.REFLECTION_SAVED if session.reflection else messages.REFLECTION_CLEARED
    ctx.error(done.format(id=session.id))
    return 0

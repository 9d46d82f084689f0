"""``rmtui note add|list|edit|delete``: kept light, since ``note add`` runs mid-session."""

from __future__ import annotations

import argparse
from typing import Any

from rmtui.cli.context import Context, session_ref
from rmtui.core import messages
from rmtui.core.capture import PREFIXES, PRIVATE
from rmtui.core.clock import format_elapsed
from rmtui.core.errors import RmtuiError
from rmtui.core.i18n import gettext
from rmtui.core.model import NOTE_KINDS, Note
from rmtui.core.refs import SessionRef
from rmtui.core.text import one_line
from rmtui.service.sessions import SessionService

MARKS = {kind: char for char, kind in PREFIXES.items()}


def register(sub: Any) -> None:
    p = sub.add_parser("note", help=gettext("timed notes of a session"))
    verbs = p.add_subparsers(dest="note_verb", metavar="VERB", required=True)

    add = verbs.add_parser(
        "add",
        help=gettext("save a note (no SESSION: the running one); prints its id"),
        description=(
            gettext(
                "Save a note, stamped with the session clock and the current agenda item. "
                "A leading character sets the kind: ! action, ? question, * highlight, "
                "> mentor learned, < mentee learned; ~ makes it private (combinable: ~*). "
                "A backslash keeps a leading character literal; #word tags a keyword."
            )
        ),
    )
    add.add_argument(
        "words",
        nargs="+",
        metavar="[SESSION] TEXT",
        help=gettext(
            "TANDEM-ID/N (default: the running session), then the text; - reads it from stdin"
        ),
    )
    add.add_argument("--kind", choices=NOTE_KINDS, help=gettext("the kind (wins over a prefix)"))
    add.add_argument("--private", action="store_true", help=gettext("never exported"))
    add.set_defaults(run=run_add)

    ls = verbs.add_parser("list", help=gettext("a session's notes"))
    ls.add_argument("session", type=session_ref, metavar="SESSION", help=gettext("TANDEM-ID/N"))
    ls.add_argument("--json", action="store_true", help=gettext("print the notes as JSON"))
    ls.set_defaults(run=run_list)

    edit = verbs.add_parser(
        "edit",
        help=gettext("change a note's text, kind or privacy"),
        description=(
            gettext(
                "Change a note. Without TEXT and without --kind, --private or --public, the note "
                "opens in your editor ($VISUAL, else $EDITOR) and is saved when you close it; "
                "nothing is saved if the editor fails or the text is unchanged or empty."
            )
        ),
    )
    edit.add_argument("session", type=session_ref, metavar="SESSION", help=gettext("TANDEM-ID/N"))
    edit.add_argument("note", type=int, metavar="NOTE", help=gettext("note id (see `note list`)"))
    edit.add_argument(
        "text",
        nargs="?",
        metavar="TEXT",
        help=gettext("new text, taken literally; - reads it from stdin (default: your editor)"),
    )
    edit.add_argument("--kind", choices=NOTE_KINDS, help=gettext("the new kind"))
    privacy = edit.add_mutually_exclusive_group()
    privacy.add_argument(
        "--private",
        dest="private",
        action="store_true",
        default=None,
        help=gettext("never exported"),
    )
    privacy.add_argument(
        "--public", dest="private", action="store_false", help=gettext("may appear in exports")
    )
    edit.set_defaults(run=run_edit)

    rm = verbs.add_parser("delete", help=gettext("delete a note for good"))
    rm.add_argument("session", type=session_ref, metavar="SESSION", help=gettext("TANDEM-ID/N"))
    rm.add_argument("note", type=int, metavar="NOTE", help=gettext("note id (see `note list`)"))
    rm.set_defaults(run=run_delete)


def split_words(words: list[str]) -> tuple[SessionRef | None, str]:
    """``[SESSION] TEXT...``: a first word shaped like TANDEM-ID/N names the session when
    more words follow; the rest is the text (quoting it is optional)."""
    if len(words) > 1 and SessionRef.looks_like(words[0]):
        return SessionRef.parse(words[0]), " ".join(words[1:])
    return None, " ".join(words)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    ref, text = split_words(args.words)
    if text == "-":
        from rmtui.cli.editor import read_stdin  # only this form pays for it

        text = read_stdin(ctx)
    note = ctx.services.sessions.add_note(ref, text, kind=args.kind, private=args.private)
    ctx.say(str(note.id))
    return 0


def mark(note: Note) -> str:
    return (PRIVATE if note.private else "") + MARKS.get(note.kind, "")


def note_json(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "elapsed": round(note.elapsed, 3),
        "wall": note.wall.isoformat(),
        "kind": note.kind,
        "item": note.item,
        "text": note.text,
        "keywords": note.keywords,
        "private": note.private,
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    notes = ctx.services.sessions.notes(args.session)
    if args.json:
        ctx.json([note_json(note) for note in notes])
        return 0
    for note in notes:
        tags = f"  ({', '.join(note.keywords)})" if note.keywords else ""
        head = f"{note.id:>4} [{format_elapsed(note.elapsed)}] {mark(note):<2}"
        ctx.say(f"{head} {one_line(note.text)}{tags}")
    return 0


def run_edit(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.cli.editor import STDIN, edit_text, read_stdin

    service = ctx.services.sessions
    text: str | None = args.text
    if text == STDIN:
        text = read_stdin(ctx)
    elif text is None and args.kind is None and args.private is None:
        note = _note(service, args.session, args.note)
        text = edit_text(ctx, note.text)
        if text is None:
            return 0
    note = service.update_note(
        args.session, args.note, text=text, kind=args.kind, private=args.private
    )
    ctx.say(str(note.id))
    return 0


def _note(service: SessionService, ref: SessionRef, note_id: int) -> Note:
    for note in service.notes(ref):
        if note.id == note_id:
            return note
    raise RmtuiError(messages.NO_NOTE.format(id=ref, note=note_id))


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    ctx.services.sessions.delete_note(args.session, args.note)
    return 0

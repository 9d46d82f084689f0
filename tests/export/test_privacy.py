"""Canaries: a unique token in every private field of generated workspaces; no export of
any kind, format or anonymization may contain a single one of them."""

from __future__ import annotations

import itertools
import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from exportkit import CET, NOW, SessionSpec, add_session, memory_workspace, promote, service
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kit.files import file_doc
from kit.sweep import sweep

from rmtui.core.model import NOTE_KINDS, Action, LearningEntry, Note, NoteKind
from rmtui.core.refs import SessionRef
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.export import frontmatter
from rmtui.export.report import HELD
from rmtui.service.exports import ExportRequest
from rmtui.service.sessions import SessionService
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace

Run = Callable[..., subprocess.CompletedProcess[str]]  # the ``rmtui`` fixture

WORDS = st.sampled_from(["Henk", "posts", "| cell", "# head", "> quote", "`code`", "<b>", "ok"])
TEXT = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)
STATUSES = st.sampled_from(["done", "done", "running", "paused", "planned"])


@dataclass
class Planted:
    canaries: list[str] = field(default_factory=list)
    counter: itertools.count[int] = field(default_factory=itertools.count)

    def token(self) -> str:
        token = f"CANARY{next(self.counter)}Q"
        self.canaries.append(token)
        return token


NOTE = st.tuples(st.sampled_from(NOTE_KINDS), st.booleans(), TEXT, st.booleans())
SESSION = st.tuples(STATUSES, st.lists(NOTE, max_size=8), st.booleans())


def build(
    sessions: list[tuple[str, list[tuple[str, bool, str, bool]], bool]],
) -> tuple[Workspace, str, Planted]:
    planted = Planted()
    ws = memory_workspace()
    tid = ws.add_tandem(
        TandemDraft(
            mentee="Henk de Vries",
            role="Head of Logistics",
            mentee_dept="Logistics",
            mentor_dept="Communications",
            start=date(2026, 1, 5),
        )
    ).id
    ws.add_keywords(tid, ["posts", "kwsecret"])
    day = NOW - timedelta(days=60)
    for i, (status, notes, toggle) in enumerate(sessions):
        specs = []
        for minute, (kind, private, text, answered) in enumerate(notes):
            if private:
                text = f"{text} {planted.token()}"
            answer = (planted.token() if private else "an answer") if answered else ""
            kws = ["kwsecret"] if private else (["posts"] if "posts" in text else [])
            specs.append((minute, kind, text, private, answer, kws))
        spec = SessionSpec(
            f"Session {i + 1}",
            "agenda",
            day.astimezone(CET) + timedelta(days=7 * i),
            [("Item", True, False)],
            specs,  # type: ignore[arg-type]
            status=status,
            reflection=f"reflection {planted.token()}",
        )
        stored = add_session(ws, tid, spec)
        if status == "done":
            promote(ws, tid, stored.n)
            if toggle:  # public notes made private after their promotion
                ids = [
                    ws.add_note(tid, stored.n, _note(f"later {planted.token()}", kind)).id
                    for kind in ("action", "mentor-learned")
                ]
                promote(ws, tid, stored.n)
                for note_id in ids:
                    ws.update_note(tid, stored.n, note_id, lambda n: setattr(n, "private", True))
    ws.add_actions(tid, [Action(0, f"private action {planted.token()}", private=True)])
    ws.add_learning(tid, [LearningEntry(0, "mentee", f"private {planted.token()}", private=True)])
    return ws, tid, planted


def _note(text: str, kind: NoteKind) -> Note:
    return Note(id=0, elapsed=1.0, wall=NOW, text=text, kind=kind)


@pytest.mark.parametrize("examples", sweep(150))
def test_no_private_field_reaches_any_export(examples: int) -> None:
    at_most = settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    at_most(given(st.lists(SESSION, min_size=1, max_size=4))(no_private_field_in_exports))()


def no_private_field_in_exports(sessions: list) -> None:  # type: ignore[type-arg]
    ws, tid, planted = build(sessions)
    svc = service(ws)
    held = any(status in HELD for status, _, _ in sessions)
    requests = [ExportRequest((tid,), format="json", anonymize=a) for a in (False, True)]
    for kind, fmt, anon in itertools.product(
        ("midpoint", "final", "session", "cheatsheet"), ("md", "html"), (False, True)
    ):
        if kind == "session" and not held:
            continue
        requests.append(ExportRequest((tid,), kind=kind, format=fmt, anonymize=anon))  # type: ignore[arg-type]
    for request in requests:
        rendered = svc.render(request)
        for text in (rendered.text, rendered.preview):
            leaked = [c for c in planted.canaries if c in text]
            assert not leaked, (request, leaked)
        if request.format == "md" and request.kind != "cheatsheet":
            head, _ = frontmatter.split(rendered.text)
            assert head is not None
            meta = frontmatter.parse(head)
            entry = meta["tandems"][0]
            # A keyword only private notes touched is not covered, and counts are public ones.
            assert "kwsecret" not in entry["keywords"]["covered"]
            public_notes = sum(
                1
                for status, notes, _ in sessions
                if status in HELD
                for _, private, _, _ in notes
                if not private
            )
            if request.kind != "session":
                assert entry["counts"]["notes"] == public_notes


# --- every private place, put there the way a mentor does it, through the services ------

FOLLOW_UP_TEMPLATE = Template(
    id="privacy",
    title="Data protection",
    items=(
        TemplateItem("Back to last time", 10, ("How did the week go?",), follow_up=True),
        TemplateItem("Settings tour", 30, ("Open the settings",)),
    ),
)
PUBLIC_ACTION = "post once a week in the community"


def _lived(planted: Planted) -> tuple[Workspace, list[str]]:
    """Two tandems whose sessions were planned, run, stopped and reviewed through the
    services, with a canary in each private place; ``planted`` collects the canaries."""
    ws = memory_workspace()
    fake = {"wall": NOW.timestamp()}
    sessions = SessionService(ws, wall=lambda: fake["wall"], mono=lambda: fake["wall"])
    life = TandemService(ws, lambda: NOW)
    ids: list[str] = []
    for mentee in ("Henk de Vries", "Anna Kowalska"):
        tid = ws.add_tandem(
            TandemDraft(mentee=mentee, role="CFO", mentee_dept="Finance", mentor_dept="IT")
        ).id
        ids.append(tid)
        life.add_keywords(tid, ["posts"])
        first = SessionRef(tid, sessions.plan(tid, FOLLOW_UP_TEMPLATE, NOW).n)
        sessions.start(first)
        fake["wall"] += 60
        lines = [
            f"! {PUBLIC_ACTION}",
            f"~ private note {planted.token()}",
            f"~! private action {planted.token()}",  # a `~!` note
            f"~> private learned {planted.token()}",
            f"~< private taught {planted.token()}",
            f"~* private highlight {planted.token()}",
            f"~? private question {planted.token()}",
            f"~+ private kept for the cheat sheet {planted.token()}",
            f"~= private term: {planted.token()}",
            "? public question",
        ]
        for line in lines:
            sessions.add_note(first, line)
        later = sessions.add_note(first, f"! made private in the review {planted.token()}")
        learned_later = sessions.add_note(first, f"> made private later {planted.token()}")
        sessions.stop(first)
        # The review: a `!` and a `>` note made private, answers, the reflection.
        sessions.toggle_private(first, later.id)
        sessions.update_note(first, learned_later.id, private=True)
        for note in sessions.notes(first):
            if note.kind == "question":
                answer = planted.token() if note.private else "public answer"
                sessions.answer_question(first, note.id, answer)
        sessions.set_reflection(first, f"reflection {planted.token()}")
        sessions.finish_review(first)
        # Records: added private directly (`action add --private`), or made private in
        # the tandem screen while the note they came from stays public.
        life.add_action(tid, f"added private {planted.token()}", private=True)
        life.add_learning(tid, "mentor", f"added private {planted.token()}", private=True)
        # A private habit, its rhythm and its check-in notes.
        habit = life.add_action(
            tid, f"private habit {planted.token()}", private=True, habit=planted.token()
        )
        life.check_in(tid, habit.id, "stuck", note=planted.token(), session=first.n)
        made_private = sessions.add_note(first, f"! record made private {planted.token()}")
        taught = sessions.add_note(first, f"< entry made private {planted.token()}")
        sessions.finish_review(first)
        stored = {a.source: a for a in ws.actions(tid)}
        life.edit_action(tid, stored[f"{first.n}/{made_private.id}"].id, private=True)
        entries = {e.source: e for e in ws.learning(tid)}
        life.edit_learning(tid, entries[f"{first.n}/{taught.id}"].id, private=True)

        # The next session follows up every open action, private ones included; a `~!`
        # typed in it is still pending when the one after is planned.
        second = SessionRef(tid, sessions.plan(tid, FOLLOW_UP_TEMPLATE, NOW).n)
        assert sessions.get(second).items[0].actions  # it refers to the actions
        sessions.start(second)
        sessions.add_note(second, f"~! pending private action {planted.token()}")
        sessions.add_note(second, "! pending public action")
        third = sessions.plan(tid, FOLLOW_UP_TEMPLATE, NOW)
        assert third.items[0].action_notes  # a pending note, referred to by its source
        sessions.stop(second)  # one live session at a time in a workspace
    return ws, ids


def _requests(ids: list[str]) -> list[ExportRequest]:
    found: list[ExportRequest] = []
    for fmt, anonymize in itertools.product(("md", "html", "json"), (False, True)):
        for tid in ids:
            for kind, n in (("session", 1), ("session", 2), ("midpoint", None), ("final", None)):
                found.append(ExportRequest((tid,), kind, n, fmt, anonymize))  # type: ignore[arg-type]
            found.append(ExportRequest((tid,), "cheatsheet", None, fmt, anonymize))
    for tid, anonymize in itertools.product(ids, (False, True)):
        found.append(ExportRequest((tid,), "cheatsheet", None, "txt", anonymize))
        for kind in ("midpoint", "final"):  # --all
            found.append(ExportRequest(tuple(ids), kind, None, fmt, anonymize))  # type: ignore[arg-type]
    return found


def test_no_private_place_reaches_any_export_kind_format_or_anonymization() -> None:
    planted = Planted()
    ws, ids = _lived(planted)
    svc = service(ws)
    assert len(planted.canaries) == 2 * 20
    for request in _requests(ids):
        rendered = svc.render(request)
        for text in (rendered.text, rendered.preview):
            leaked = [c for c in planted.canaries if c in text]
            assert not leaked, (request, leaked)


def test_a_json_export_refers_to_public_actions_only() -> None:
    ws, ids = _lived(Planted())
    rendered = service(ws).render(ExportRequest((ids[0],), format="json"))
    [tandem] = json.loads(rendered.text)["tandems"]
    actions = {int(k): v["text"] for k, v in tandem["actions"].items()}
    notes = {
        f"{s['session']['n']}/{k}": v["text"]
        for s in tandem["sessions"]
        for k, v in s["notes"].items()
    }
    follow_ups = [
        item for s in tandem["sessions"] for item in s["session"]["items"] if item["follow_up"]
    ]
    assert len(follow_ups) == 2  # sessions 2 and 3: a first session follows up nothing
    for item in follow_ups:
        assert item["prompts"] == ["How did the week go?"]
        assert all(i in actions for i in item["actions"])
        assert all(ref in notes for ref in item["action_notes"])
    # What is public is still followed up: the public action and the pending public note.
    assert [actions[i] for i in follow_ups[0]["actions"]] == [PUBLIC_ACTION]
    assert [notes[ref] for ref in follow_ups[1]["action_notes"]] == ["pending public action"]


def test_the_leak_through_the_cli(rmtui: Run, ws_root: Path) -> None:
    """The path the issue took: after a first session, `action add --private`, `session
    plan`, then `export --format json` (and the other exports of the tandem, before and
    after the planned session is held) never carry the private action."""
    secret = "CANARYCLI see a coach about the burnout"
    added = rmtui("tandem", "add", "--mentee", "Henk", "--mentee-dept", "Sales")
    tandem = added.stdout.strip()
    first = rmtui("session", "plan", tandem, "--agenda", "kickoff").stdout.strip()
    assert rmtui("session", "start", first).returncode == 0
    assert rmtui("note", "add", first, f"! {PUBLIC_ACTION}").returncode == 0
    assert rmtui("session", "stop", first).returncode == 0
    assert rmtui("action", "add", tandem, secret, "--private").returncode == 0
    planned = rmtui("session", "plan", tandem, "--agenda", "data-protection")
    assert planned.returncode == 0, planned.stderr
    second = planned.stdout.strip()
    # The session file refers to the actions; it holds no copy of their text.
    session_file = ws_root / "tandems" / tandem / "sessions" / "2.json"
    follow_up = file_doc(session_file)["tables"]["session"]["1"]["items"][0]
    assert follow_up["follow_up"] and len(follow_up["actions"]) == 2
    assert "CANARYCLI" not in session_file.read_text(encoding="utf-8")
    exports = [
        ["export", tandem, "--format", "json", "-o", "-"],
        ["export", tandem, "--format", "json", "--anonymize", "-o", "-"],
        ["export", "--all", "--format", "json", "-o", "-"],
        ["export", tandem, "--format", "md", "-o", "-"],
        ["export", tandem, "--kind", "final", "--format", "html", "-o", "-"],
    ]
    for args in exports:
        done = rmtui(*args)
        assert done.returncode == 0, (args, done.stderr)
        assert "CANARYCLI" not in done.stdout, args
    assert rmtui("session", "start", second).returncode == 0
    assert rmtui("session", "stop", second).returncode == 0
    recap = rmtui("export", tandem, "--kind", "session", "--session", "2", "--format", "json")
    assert recap.returncode == 0, recap.stderr
    written = Path(recap.stderr.strip().removeprefix("wrote ").strip())
    assert "CANARYCLI" not in written.read_text(encoding="utf-8")
    assert PUBLIC_ACTION in written.read_text(encoding="utf-8")

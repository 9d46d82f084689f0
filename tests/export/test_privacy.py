"""Canaries: a unique token in every private field of generated workspaces; no export of
any kind, format or anonymization may contain a single one of them."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta

from exportkit import CET, NOW, SessionSpec, add_session, memory_workspace, promote, service
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rmtui.core.model import NOTE_KINDS, Action, LearningEntry, Note, NoteKind
from rmtui.core.tandems import TandemDraft
from rmtui.export import frontmatter
from rmtui.export.report import HELD
from rmtui.service.exports import ExportRequest
from rmtui.store import Workspace

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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SESSION, min_size=1, max_size=4))
def test_no_private_field_reaches_any_export(sessions: list) -> None:  # type: ignore[type-arg]
    ws, tid, planted = build(sessions)
    svc = service(ws)
    held = any(status in HELD for status, _, _ in sessions)
    requests = [ExportRequest((tid,), format="json", anonymize=a) for a in (False, True)]
    for kind, fmt, anon in itertools.product(
        ("midpoint", "final", "session"), ("md", "html"), (False, True)
    ):
        if kind == "session" and not held:
            continue
        requests.append(ExportRequest((tid,), kind=kind, format=fmt, anonymize=anon))  # type: ignore[arg-type]
    for request in requests:
        rendered = svc.render(request)
        for text in (rendered.text, rendered.preview):
            leaked = [c for c in planted.canaries if c in text]
            assert not leaked, (request, leaked)
        if request.format == "md":
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

"""Disk work for a screen, one job at a time, in the order it was asked for.

A live session writes notes, item moves, pauses and reloads; each must reach the disk
after the one before it (a note typed after "next item" belongs to the next item, a
reload must not overtake a save). One thread worker drains the queue and ends when it
is empty, so an idle screen holds no worker; results come back to the screen as
``JobFinished`` messages, in order, on the event loop.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.message import Message
from textual.widget import Widget


@dataclass(frozen=True, slots=True)
class Job:
    """``run`` happens in the worker thread; ``done`` or ``failed`` on the event loop."""

    run: Callable[[], Any]
    done: Callable[[Any], None] | None = None
    failed: Callable[[Exception], None] | None = None


class JobFinished(Message):
    """A job ran; ``deliver`` hands its result (or its error) to the job's callback."""

    def __init__(self, job: Job, result: Any, error: Exception | None) -> None:
        super().__init__()
        self.job = job
        self.result = result
        self.error = error

    def deliver(self) -> None:
        if self.error is not None:
            if self.job.failed is not None:
                self.job.failed(self.error)
        elif self.job.done is not None:
            self.job.done(self.result)


class SerialJobs:
    """A queue of jobs for ``owner``, run in one thread worker named ``group``.

    The owner handles ``JobFinished`` by calling ``message.deliver()``.
    """

    def __init__(self, owner: Widget, group: str) -> None:
        self._owner = owner
        self._group = group
        self._jobs: deque[Job] = deque()
        self._lock = threading.Lock()
        self._running = False
        self._closed = False

    @property
    def busy(self) -> bool:
        """Jobs are queued or running."""
        with self._lock:
            return self._running

    def submit(self, job: Job) -> None:
        """Queue ``job`` (call on the event loop); it runs after every job queued before."""
        with self._lock:
            if self._closed:
                return
            self._jobs.append(job)
            if self._running:
                return
            self._running = True
        # The app runs the worker, not the owner: leaving the screen must not cancel a
        # save that has not started yet.
        self._owner.app.run_worker(
            self._drain, thread=True, group=self._group, name=self._group, exit_on_error=False
        )

    def close(self) -> None:
        """Accept no new jobs; the queued ones still run (their results go nowhere)."""
        with self._lock:
            self._closed = True

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._running = False
                    return
                job = self._jobs.popleft()
            try:
                result = job.run()
            except Exception as exc:  # every failure is reported, none ends the queue
                self._owner.post_message(JobFinished(job, None, exc))
            else:
                self._owner.post_message(JobFinished(job, result, None))

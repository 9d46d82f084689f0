"""The YAML front matter that makes an export machine-readable.

Written with ``yaml.safe_dump`` (no line folding, so no user text can ever put a ``---``
line in it) and read back with the strict loader the agenda templates use: no aliases,
tags, duplicate keys or deep nesting, and a size cap before any parsing. One reader for
every file, rmtui's own and another mentor's: the front matter of a digest's summaries
may be anyone's.

Every string that some YAML reader could take for something else is quoted: PyYAML
follows YAML 1.1 and leaves ``1e3``, ``0o17`` or ``.5`` plain, which YAML 1.2 readers
(ruamel.yaml, gray-matter, Hugo) read as numbers. ``title``, ``date`` and ``lang`` are
the keys static-site tools and pandoc look for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import yaml

from rmtui.core import i18n, messages
from rmtui.core.text import one_line
from rmtui.export.report import Report
from rmtui.formats import safe_yaml

MARK = "export"  # the value of the ``rmtui`` field
SCHEMA = 1
MAX_BYTES = 256 * 1024
FENCE = "---"


class FrontMatterError(ValueError):
    """The front matter is missing or cannot be read; the message says why."""


# A plain scalar some YAML reader (1.1 or 1.2) would not read as a string: anything that
# starts like a number, a date or a time, and the words of the boolean and null types.
_NUMBERISH = re.compile(r"[-+]?\.?[0-9]|[-+]?\.(inf|nan)$", re.IGNORECASE)
_WORDS = frozenset({"", "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "="})


class _Dumper(yaml.SafeDumper):
    def represent_str(self, data: str) -> yaml.ScalarNode:
        if _NUMBERISH.match(data) or data.lower() in _WORDS:
            return self.represent_scalar("tag:yaml.org,2002:str", data, style="'")
        return super().represent_str(data)


_Dumper.add_representer(str, _Dumper.represent_str)


def tandem_entry(r: Report) -> dict[str, Any]:
    t, p = r.tandem, r.progress
    entry: dict[str, Any] = {
        "id": t.id,
        "label": one_line(t.mentee),
        "role": one_line(t.role),
        "mentee_dept": one_line(t.mentee_dept),
        "mentor_dept": one_line(t.mentor_dept),
    }
    if r.session is not None:
        entry["session"] = r.session.n
    entry["period"] = {"from": r.period[0].isoformat(), "to": r.period[1].isoformat()}
    entry["progress"] = {
        "held": len(r.sessions) if r.kind != "session" else p.done,
        "planned": p.planned,
        "scheduled": p.scheduled,
        "done": p.done,
        "pace": p.pace,
        "start": p.start.isoformat(),
        "midpoint": p.midpoint.isoformat(),
        "end": p.end.isoformat(),
    }
    entry["counts"] = r.counts()
    entry["keywords"] = {
        status: [one_line(k) for k in r.keyword_texts(status)]
        for status in ("covered", "touched", "open", "dropped")
    }
    # Other words for a keyword, so a digest counts "notifications" and "powiadomienia"
    # from two tandems as one topic (only when a keyword has some).
    aliases = {one_line(k.text): [one_line(a) for a in k.aliases] for k in r.keywords if k.aliases}
    if aliases:
        entry["aliases"] = aliases
    return entry


def section_headings() -> dict[str, str]:
    """The headings of the sections ``meetup digest`` reads, as an export written now
    spells them (in the language being spoken): the front matter carries them, so a
    digest in any language finds the sections of a summary in any other."""
    return {
        "mentor_learned": messages.EXPORT_H_MENTOR_LEARNED,
        "mentee_learned": messages.EXPORT_H_MENTEE_LEARNED,
        "questions": messages.EXPORT_H_QUESTIONS,
    }


def build(
    reports: Sequence[Report],
    *,
    generated: datetime,
    mentor: str = "",
    anonymized: bool = False,
    title: str = "",
) -> dict[str, Any]:
    kind = reports[0].kind if reports else "midpoint"
    starts = [r.period[0] for r in reports]
    ends = [r.period[1] for r in reports]
    meta: dict[str, Any] = {
        "rmtui": MARK,
        "schema": SCHEMA,
        "title": one_line(title),
        "date": generated.date().isoformat(),
        "lang": i18n.current(),  # the language the export is written in
        "kind": kind,
        "generated": generated.isoformat(timespec="seconds"),
        "mentor": one_line(mentor),
        "anonymized": anonymized,
    }
    if starts:
        meta["period"] = {"from": min(starts).isoformat(), "to": max(ends).isoformat()}
    if kind in ("midpoint", "final"):  # the summaries a digest merges
        meta["sections"] = section_headings()
    meta["tandems"] = [tandem_entry(r) for r in reports]
    return meta


def dump(meta: dict[str, Any]) -> str:
    text = yaml.dump(
        meta,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1 << 20,
    )
    return f"{FENCE}\n{text}{FENCE}\n\n"


def split(text: str) -> tuple[str | None, str]:
    """(front matter YAML or None, body) of a Markdown export."""
    if "\r" in text:  # no copy of a whole summary for what most files never hold
        text = text.replace("\r\n", "\n")
    if not text.startswith(FENCE + "\n"):
        return None, text
    end = text.find(f"\n{FENCE}\n", len(FENCE))
    if end < 0:
        if text.endswith(f"\n{FENCE}"):
            return text[len(FENCE) + 1 : -len(FENCE)], ""
        return None, text
    return text[len(FENCE) + 1 : end + 1], text[end + len(FENCE) + 2 :].lstrip("\n")


def parse(yaml_text: str) -> dict[str, Any]:
    """The front matter as plain data, read strictly; ``FrontMatterError`` otherwise."""
    if len(yaml_text.encode("utf-8")) > MAX_BYTES:
        raise FrontMatterError(f"larger than {MAX_BYTES // 1024} KB")
    try:
        data = safe_yaml.load(yaml_text)
    except safe_yaml.YamlRefused as exc:
        raise FrontMatterError(f"line {exc.line + 2}: {_in_own_words(exc)}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        raise FrontMatterError(f"{where}{getattr(exc, 'problem', None) or exc}") from None
    except RecursionError:
        raise FrontMatterError("nested too deeply") from None
    if not isinstance(data, dict):
        raise FrontMatterError("expected a mapping")
    return data


def _in_own_words(exc: safe_yaml.YamlRefused) -> str:
    """The refusal said of front matter, not of the agenda templates it was written for."""
    said = {
        "alias": messages.FRONT_MATTER_ALIAS,
        "anchor": messages.FRONT_MATTER_ANCHOR,
        "tag": messages.FRONT_MATTER_TAG,
        "documents": messages.FRONT_MATTER_ONE_DOCUMENT,
    }.get(exc.code)
    return exc.message if said is None else said.format(detail=exc.detail)

"""Loading 500 agenda templates: cold, cached, against reading the same bytes unparsed.

Cold: a fresh cache, so every file is opened, read, parsed by the strict loader and
validated. Cached: the same library again, each file only stat'ed. The baseline walks the
same folder and reads every file's bytes without parsing them. Target: cold under 0.3 s.
Stock ``yaml.load`` with ``CSafeLoader`` (no strictness, no validation) and the pure-Python
fallback are timed too, to show what the strictness costs.

Run: ``python tests/bench/bench_agendas.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))

from _timing import Case, header, measure, row, scratch_dir, verdict

from rmtui.agenda.cache import TemplateCache
from rmtui.agenda.files import template_files
from rmtui.agenda.library import SourceDir, load_sources
from rmtui.formats import safe_yaml

TARGET_COLD = 0.3  # seconds, absolute

TOPICS = [
    ("LinkedIn for leaders", "social", "LinkedIn"),
    ("Switching off notifications", "overload", "notifications"),
    ("Data protection at work", "privacy", "GDPR"),
    ("Smart devices at home", "iot", "smart home"),
    ("Blockchain for decision makers", "blockchain", "ledger"),
]


def template_text(n: int) -> str:
    title, tag, keyword = TOPICS[n % len(TOPICS)]
    items = "".join(
        f"""\
  - title: "Part {part}: hands-on, the mentee drives"
    minutes: 10
    prompts:
      - "Open the settings page and find option {part}: what does it do today?"
      - Ask the mentee to explain it back in their own words.
      - Which notification could go, starting this afternoon?
    notes: |
      Let the mentee click; wait before you point at anything.
      If time runs short, skip to the last prompt.
"""
        for part in range(8)
    )
    return f"""\
id: t-{n:03d}
title: {title} ({n})
language: en
summary: |
  A generated template for the benchmark, written like a real one: **Markdown**,
  a second line, and a [link](https://example.org/{n}).
minutes: 90
tags: [{tag}, hands-on, generated]
keywords: [{keyword}, "information overload", privacy]
rules:
  - The mentee drives; the mentor never takes the mouse or keyboard.
  - What is said in the tandem stays in the tandem.
items:
{items}"""


def read_bytes(folder: Path) -> int:
    total = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            total += len((Path(dirpath) / name).read_bytes())
    return total


def stock_yaml(folder: Path) -> int:
    count = 0
    for path in template_files(folder):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    with scratch_dir("rmtui-bench-agendas-") as folder:
        for n in range(args.templates):
            (folder / f"t-{n:03d}.yaml").write_text(template_text(n), encoding="utf-8")
        size = read_bytes(folder)
        sources = [SourceDir("synced", folder)]

        def cold() -> None:
            library = load_sources(sources, cache=TemplateCache())
            assert len(library.templates) == args.templates, library.problems[:3]

        warm_cache = TemplateCache()
        load_sources(sources, cache=warm_cache)

        def cached() -> None:
            assert len(load_sources(sources, cache=warm_cache).templates) == args.templates

        cases = [
            Case("read the bytes, no parsing (baseline)", lambda: read_bytes(folder)),
            Case("cold: strict parse + validation", cold),
            Case("cached: stat only", cached),
            Case("reference: stock yaml.load(CSafeLoader)", lambda: stock_yaml(folder)),
        ]
        header(
            f"rmtui agenda library: {args.templates} templates, {size / 1024:.0f} KB",
            folder,
        )
        results = measure(cases, repeat=args.repeat, warmup=2)
        baseline = results[cases[0].label]
        for case in cases:
            row(case.label, results[case.label], baseline)

        fallback = safe_yaml.StrictLoader
        safe_yaml.StrictLoader = safe_yaml.StrictPyLoader
        try:
            slow = measure([Case("cold, pure-Python fallback loader", cold)], repeat=3, warmup=0)
        finally:
            safe_yaml.StrictLoader = fallback
        for label, result in slow.items():
            row(label, result, baseline)

        cold_s = results[cases[1].label].median
        print(verdict(cold_s < TARGET_COLD, f"cold load {cold_s:.3f} s (target < {TARGET_COLD} s)"))
        ratio = results[cases[2].label].median / cold_s
        print(f"       cached load costs {ratio:.1%} of a cold one")
        return 0 if cold_s < TARGET_COLD else 1


if __name__ == "__main__":
    sys.exit(main())

"""Sources, precedence, shadowing, the cache and the bundled folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rmtui.agenda.bundled import bundled_dir
from rmtui.agenda.cache import TemplateCache
from rmtui.agenda.library import SourceDir, load_library, load_sources
from rmtui.agenda.loader import load_text
from rmtui.store.paths import Layout

REPO = Path(__file__).resolve().parents[2]


def template(id_: str, title: str = "A title", minutes: int = 60) -> str:
    return (
        f"id: {id_}\ntitle: {title}\nminutes: {minutes}\n"
        "items:\n  - title: Warm-up\n    minutes: 10\n"
    )


def put(folder: Path, id_: str, title: str = "A title", name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name or id_}.yaml"
    path.write_text(template(id_, title))
    return path


@pytest.fixture
def layout(tmp_path: Path) -> Layout:
    return Layout(tmp_path / "ws")


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    folder = tmp_path / "bundled"
    folder.mkdir()
    return folder


def test_a_complete_template_loads_every_field(tmp_path: Path) -> None:
    text = """\
id: full
title: LinkedIn for leaders
language: pt-BR
summary: |
  Build a **profile** that says what you do.
minutes: 90
tags: [social, linkedin]
keywords: [LinkedIn, "personal brand"]
rules:
  - The mentee drives.
items:
  - title: Profile check
    minutes: 30
    prompts:
      - Open your profile as a visitor sees it.
      - "Headline: what would you change?"
    notes: >
      Ask before you suggest.
  - title: Wrap-up
    minutes: 10
"""
    t, problems = load_text(text, tmp_path / "full.yaml", "synced")
    assert problems == []
    assert t is not None
    assert (t.id, t.title, t.language, t.minutes, t.source) == (
        "full",
        "LinkedIn for leaders",
        "pt-BR",
        90,
        "synced",
    )
    assert t.summary == "Build a **profile** that says what you do."
    assert t.tags == ("social", "linkedin")
    assert t.keywords == ("LinkedIn", "personal brand")
    assert t.rules == ("The mentee drives.",)
    assert [(i.title, i.minutes) for i in t.items] == [("Profile check", 30), ("Wrap-up", 10)]
    assert t.items[0].prompts[1] == "Headline: what would you change?"
    assert t.items[0].notes == "Ask before you suggest."
    assert t.path == tmp_path / "full.yaml"


def test_precedence_workspace_over_synced_over_bundled(layout: Layout, bundled: Path) -> None:
    put(layout.agendas, "kickoff", "Mine")
    put(layout.synced_agendas, "kickoff", "Program office")
    put(bundled, "kickoff", "Bundled")
    put(layout.synced_agendas, "privacy", "Program privacy")
    put(bundled, "privacy", "Bundled privacy")
    put(bundled, "iot", "Bundled IoT")

    library = load_library(layout, bundled, cache=TemplateCache())
    assert {k: (t.title, t.source) for k, t in library.templates.items()} == {
        "iot": ("Bundled IoT", "bundled"),
        "kickoff": ("Mine", "workspace"),
        "privacy": ("Program privacy", "synced"),
    }
    assert sorted((t.id, t.source) for t in library.shadowed) == [
        ("kickoff", "bundled"),
        ("kickoff", "synced"),
        ("privacy", "bundled"),
    ]
    listing = [(t.id, t.source) for t in library.listing()]
    assert listing == [
        ("iot", "bundled"),
        ("kickoff", "workspace"),
        ("kickoff", "synced"),
        ("kickoff", "bundled"),
        ("privacy", "synced"),
        ("privacy", "bundled"),
    ]
    shadowed = next(t for t in library.shadowed if t.source == "bundled" and t.id == "kickoff")
    winner = library.shadowed_by(shadowed)
    assert winner is not None and winner.source == "workspace"
    assert library.shadowed_by(library.templates["iot"]) is None
    assert library.get("kickoff") is library.templates["kickoff"]
    assert library.get("nope") is None
    assert library.problems == []


def test_a_bad_file_never_stops_the_others(layout: Layout, bundled: Path) -> None:
    put(layout.agendas, "good")
    (layout.agendas / "bad.yaml").write_text("id: bad\ntitle: [oops\n")
    (layout.agendas / "worse.yml").write_bytes(b"\x00\x01")
    put(bundled, "bundled-one")
    library = load_library(layout, bundled, cache=TemplateCache())
    assert sorted(library.templates) == ["bundled-one", "good"]
    assert sorted(p.path.name for p in library.problems) == ["bad.yaml", "worse.yml"]


def test_a_bad_workspace_copy_does_not_hide_the_good_bundled_one(
    layout: Layout, bundled: Path
) -> None:
    layout.agendas.mkdir(parents=True)
    (layout.agendas / "kickoff.yaml").write_text("id: kickoff\ntitle: NO\n")
    put(bundled, "kickoff", "Bundled")
    library = load_library(layout, bundled, cache=TemplateCache())
    assert library.templates["kickoff"].source == "bundled"
    assert [p.field for p in library.errors] == ["minutes", "items", "title"]


def test_same_id_twice_in_one_source(layout: Layout, bundled: Path) -> None:
    put(layout.agendas, "kickoff", "First")
    put(layout.agendas / "more", "kickoff", "Second")
    library = load_library(layout, bundled, cache=TemplateCache())
    assert library.templates["kickoff"].title == "First"
    assert library.shadowed == []
    [problem] = library.problems
    assert problem.path == layout.agendas / "more" / "kickoff.yaml"
    assert problem.field == "id" and "already defined by" in problem.message


def test_missing_folders_are_empty_sources(layout: Layout, bundled: Path) -> None:
    library = load_library(layout, bundled, cache=TemplateCache())
    assert library.templates == {} and library.problems == []


def test_hidden_folders_and_other_files_are_skipped(layout: Layout, bundled: Path) -> None:
    put(layout.synced_agendas, "one")
    put(layout.synced_agendas / ".git", "hidden")
    (layout.synced_agendas / "README.md").write_text("# readme")
    (layout.synced_agendas / ".draft.yaml").write_text("junk: [")
    library = load_library(layout, bundled, cache=TemplateCache())
    assert list(library.templates) == ["one"] and library.problems == []


def test_synced_may_point_at_a_sub_folder(layout: Layout, bundled: Path) -> None:
    put(layout.synced_agendas / "templates", "inside")
    put(layout.synced_agendas / "other", "outside")
    library = load_library(
        layout, bundled, synced=layout.synced_agendas / "templates", cache=TemplateCache()
    )
    assert list(library.templates) == ["inside"]


def test_cache_reuses_unchanged_files_and_sees_changes(layout: Layout, bundled: Path) -> None:
    first = put(layout.agendas, "one", "First title")
    put(layout.agendas, "two")
    cache = TemplateCache()
    library = load_library(layout, bundled, cache=cache)
    assert (cache.hits, cache.misses) == (0, 2)

    again = load_library(layout, bundled, cache=cache)
    assert (cache.hits, cache.misses) == (2, 2)
    assert again.templates["one"] is library.templates["one"]

    first.write_text(template("one", "Second title, longer"))
    changed = load_library(layout, bundled, cache=cache)
    assert changed.templates["one"].title == "Second title, longer"
    assert (cache.hits, cache.misses) == (3, 3)

    # Same size, same mtime, new content by an atomic rename: the inode tells.
    st = first.stat()
    replacement = layout.agendas / "tmp"
    replacement.write_text(template("one", "Third title, longer!"))
    os.utime(replacement, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(replacement, first)
    assert (first.stat().st_size, first.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    assert (
        load_library(layout, bundled, cache=cache).templates["one"].title == "Third title, longer!"
    )


def test_cache_keeps_problems_and_hands_out_copies(layout: Layout, bundled: Path) -> None:
    layout.agendas.mkdir(parents=True)
    (layout.agendas / "bad.yaml").write_text("id: bad\n")
    cache = TemplateCache()
    first = load_library(layout, bundled, cache=cache)
    first.problems.clear()
    second = load_library(layout, bundled, cache=cache)
    assert cache.hits == 1 and len(second.problems) == 3


def test_load_sources_takes_any_folders(tmp_path: Path) -> None:
    put(tmp_path / "a", "one", "From a")
    put(tmp_path / "b", "one", "From b")
    library = load_sources(
        [SourceDir("synced", tmp_path / "a"), SourceDir("bundled", tmp_path / "b")],
        cache=TemplateCache(),
    )
    assert library.templates["one"].title == "From a"
    assert [t.title for t in library.shadowed] == ["From b"]


def test_bundled_dir_in_a_checkout_is_the_repo_agendas_folder() -> None:
    assert bundled_dir() == REPO / "agendas"


def test_every_bundled_template_loads(layout: Layout) -> None:
    library = load_library(layout, cache=TemplateCache())
    assert library.problems == []
    assert len(library.templates) >= 12
    assert {t.source for t in library.templates.values()} == {"bundled"}


def test_the_agenda_layer_never_imports_textual() -> None:
    code = (
        "import sys, rmtui.agenda.library, rmtui.agenda.search, rmtui.agenda.render, "
        "rmtui.cli.agendas; assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_bundled_dir_in_an_installed_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rmtui.agenda.bundled as bundled_module

    site = tmp_path / "site-packages"
    (site / "rmtui" / "_agendas").mkdir(parents=True)
    (site / "agendas").mkdir()  # someone else's top-level folder: never taken
    monkeypatch.setattr(bundled_module, "_PACKAGE", site / "rmtui")
    assert bundled_module.bundled_dir() == site / "rmtui" / "_agendas"
    (site / "rmtui" / "_agendas").rmdir()
    assert bundled_module.bundled_dir() is None

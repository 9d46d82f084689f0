"""The malformed-template corpus: every file names the exact problems it must produce.

Each file in tests/data/bad_templates/ starts with one ``# expect:`` line per problem:
``# expect: SEVERITY LINE:COLUMN FIELD "message fragment"`` (FIELD ``-`` for none). The
loader must report exactly those problems, in that order, and build no template when any
of them is an error. Cases too big or too odd to commit are generated below.
"""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest
import yaml

from rmtui.agenda.files import MAX_BYTES
from rmtui.agenda.loader import check_paths, load_file, load_text
from rmtui.core.template import Problem
from rmtui.formats import safe_yaml

CORPUS = Path(__file__).parent.parent / "data" / "bad_templates"
EXPECT = re.compile(r'^# expect: (error|warning) (\d+):(\d+) (\S+) (["\'])(.*)\5$')
CASES = sorted(CORPUS.glob("*.yaml"))

Expected = tuple[str, int, int, str, str]


def expectations(path: Path) -> list[Expected]:
    lines = path.read_bytes().decode("latin-1").splitlines()
    found = []
    for line in lines:
        if line.startswith("# expect:"):
            match = EXPECT.match(line)
            assert match, f"{path.name}: malformed expectation {line!r}"
            severity, row, col, field, _, fragment = match.groups()
            found.append((severity, int(row), int(col), "" if field == "-" else field, fragment))
    return found


def assert_problems(problems: list[Problem], expected: list[Expected]) -> None:
    got = [(p.severity, p.line, p.column, p.field, p.message) for p in problems]
    assert len(got) == len(expected), got
    for (severity, line, column, field, message), (e_sev, e_line, e_col, e_field, frag) in zip(
        got, expected, strict=True
    ):
        assert (severity, line, column, field) == (e_sev, e_line, e_col, e_field), got
        assert frag in message, got


LOADERS = [pytest.param(safe_yaml.StrictPyLoader, id="pure-python")]
if hasattr(safe_yaml, "StrictCLoader"):
    LOADERS.insert(0, pytest.param(safe_yaml.StrictCLoader, id="libyaml"))


@pytest.fixture(autouse=True, params=LOADERS)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> type:
    """Every case runs under each loader this PyYAML build has: a user gets the same answer."""
    monkeypatch.setattr(safe_yaml, "StrictLoader", request.param)
    return request.param  # type: ignore[no-any-return]


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_bad_template(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # where `touch CANARY` would land
    expected = expectations(path)
    assert expected, f"{path.name} has no expectation"
    template, problems = load_file(path)
    assert_problems(problems, expected)
    if any(e[0] == "error" for e in expected):
        assert template is None
    else:
        assert template is not None and template.id == path.stem
    assert not (tmp_path / "CANARY").exists()
    for problem in problems:
        assert str(problem).startswith(f"{path}:{problem.line}:{problem.column}:")


def test_warnings_keep_a_usable_template() -> None:
    template, _ = load_file(CORPUS / "escape-sequence.yaml")
    assert template is not None
    assert template.title == "Evil [31mred[0m and bell"
    assert "\x1b" not in template.title and "\x07" not in template.title
    template, _ = load_file(CORPUS / "minutes-over.yaml")
    assert template is not None and template.minutes == 30


def test_canary_is_never_executed_by_any_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loader: type
) -> None:
    monkeypatch.chdir(tmp_path)
    text = (CORPUS / "python-apply-canary.yaml").read_text()
    with pytest.raises(safe_yaml.YamlRefused):
        safe_yaml.compose(text, loader=loader)
    with pytest.raises(safe_yaml.YamlRefused):
        yaml.load(text, Loader=loader)
    with pytest.raises(safe_yaml.YamlRefused):
        safe_yaml.load(text)
    assert check_paths([CORPUS / "python-apply-canary.yaml"])
    assert not (tmp_path / "CANARY").exists()


@pytest.mark.parametrize("name", ["python-apply-canary", "alias-bomb", "duplicate-key", "norway"])
def test_pure_python_loader_agrees(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(safe_yaml, "StrictCLoader"):
        pytest.skip("this PyYAML build has no libyaml")
    monkeypatch.setattr(safe_yaml, "StrictLoader", safe_yaml.StrictCLoader)
    path = CORPUS / f"{name}.yaml"
    with_c = load_file(path)
    monkeypatch.setattr(safe_yaml, "StrictLoader", safe_yaml.StrictPyLoader)
    assert load_file(path) == with_c


# --- generated cases --------------------------------------------------------------------

VALID = "id: {id}\ntitle: A title\nminutes: 60\nitems:\n  - title: Warm-up\n    minutes: 10\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    return path


def test_ten_thousand_deep_flow_nesting(tmp_path: Path) -> None:
    body = "summary: " + "[" * 10_000 + "]" * 10_000 + "\n"
    path = write(tmp_path, "deep", (VALID.format(id="deep") + body).encode())
    template, problems = load_file(path)
    # Refused at the field, on its line, with the same words under either loader; the
    # column is where the loader noticed (libyaml's scanner may notice further along).
    assert template is None
    assert [(p.line, p.field.split("[")[0]) for p in problems] == [(7, "summary")]
    assert "nested more than 16 levels" in problems[0].message


def test_ten_thousand_deep_block_nesting(tmp_path: Path) -> None:
    body = "summary:\n  " + "- " * 10_000 + "x\n"  # compact nested block sequences
    path = write(tmp_path, "deep-block", (VALID.format(id="deep-block") + body).encode())
    template, problems = load_file(path)
    assert template is None
    assert [(p.line, p.column) for p in problems] == [(8, 33)]
    assert problems[0].field == "summary" + "[0]" * 15


def test_deepest_indented_nesting_that_fits_the_size_cap(tmp_path: Path) -> None:
    lines = [" " * depth + f"k{depth}:" for depth in range(700)]
    path = write(tmp_path, "indented", ("\n".join(lines) + " x\n").encode())
    assert path.stat().st_size < MAX_BYTES
    template, problems = load_file(path)
    assert template is None
    assert [(p.line, p.column, p.field) for p in problems] == [
        (17, 17, ".".join(f"k{n}" for n in range(16)))
    ]
    assert "nested more than 16 levels" in problems[0].message


def test_five_megabyte_file_is_refused_before_reading_it(tmp_path: Path) -> None:
    path = write(
        tmp_path, "huge", (VALID.format(id="huge") + "summary: " + "x" * 5_000_000).encode()
    )
    reads: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "read", counting_read)
        template, problems = load_file(path)
    assert template is None
    assert [(p.line, p.field) for p in problems] == [(0, "")]
    assert "larger than 256 KB" in problems[0].message
    assert sum(reads) == 0  # refused on its size alone


def test_file_growing_past_the_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "grows", VALID.format(id="grows").encode())
    real_fstat = os.fstat

    def small_fstat(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, *st[1:6], 10, *st[7:]))

    path.write_bytes(b"#" * (MAX_BYTES + 10))
    monkeypatch.setattr(os, "fstat", small_fstat)
    template, problems = load_file(path)
    assert template is None and "larger than 256 KB" in problems[0].message


def test_random_binary_junk(tmp_path: Path) -> None:
    rng = random.Random(2024)
    for n in range(20):
        path = write(tmp_path, f"junk-{n}", bytes(rng.randrange(256) for _ in range(4096)))
        template, problems = load_file(path)
        assert template is None and len(problems) == 1
        assert problems[0].line >= 1


def test_binary_junk_without_nul_is_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "junk", b"id: junk\ntitle: \xff\xfe\xfd\n")
    _, problems = load_file(path)
    assert [(p.line, p.column) for p in problems] == [(2, 8)]
    assert "not UTF-8" in problems[0].message


def test_utf16_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = write(tmp_path, "utf16", b"\xff\xfe" + VALID.format(id="utf16").encode("utf-16-le"))
    template, problems = load_file(path)
    assert template is None
    assert [(p.line, p.column, p.message) for p in problems] == [
        (1, 1, "is UTF-16 text; save it as UTF-8")
    ]


def test_empty_file(tmp_path: Path) -> None:
    template, problems = load_file(write(tmp_path, "empty", b""))
    assert template is None
    assert [(p.line, p.column, p.field) for p in problems] == [(1, 1, "")]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    template, problems = load_file(
        write(tmp_path, "bom", b"\xef\xbb\xbf" + VALID.format(id="bom").encode())
    )
    assert template is not None and problems == []


def test_too_many_items(tmp_path: Path) -> None:
    items = "".join(f"  - title: Part {n}\n    minutes: 1\n" for n in range(51))
    text = "id: many\ntitle: A title\nminutes: 60\nitems:\n" + items
    template, problems = load_text(text, tmp_path / "many.yaml")
    assert template is None
    assert [(p.line, p.column, p.field, p.message) for p in problems] == [
        (5, 3, "items", "has more than 50 entries")
    ]


def test_fifo_and_dev_zero_are_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero):
        template, problems = load_file(path)
        assert template is None and problems[0].message == "is not a regular file"
        template, problems = load_file(path, "synced")
        assert template is None


def test_synced_templates_may_not_be_symlinks(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text(VALID.format(id="link"))
    link = tmp_path / "link.yaml"
    link.symlink_to(secret)
    assert load_file(link, "workspace")[0] is not None
    template, problems = load_file(link, "synced")
    assert template is None
    assert [p.message for p in problems] == [
        "is a symbolic link; synced templates must be regular files"
    ]


def test_extension_keys_are_ignored(tmp_path: Path) -> None:
    text = VALID.format(id="ext") + "x-owner: program office\nx-review: {by: anna}\n"
    template, problems = load_text(text, tmp_path / "ext.yaml")
    assert template is not None and problems == []


def test_explicit_str_tag_is_the_other_way_to_quote(tmp_path: Path) -> None:
    text = (
        "id: tagged\ntitle: !!str 1.10\nminutes: 60\n"
        "items:\n  - title: !!str 12:30\n    minutes: 10\n"
    )
    template, problems = load_text(text, tmp_path / "tagged.yaml")
    assert problems == []
    assert template is not None and template.title == "1.10" and template.items[0].title == "12:30"


def test_bundled_templates_load_under_every_loader() -> None:
    """The shipped library must load whichever PyYAML build a fresh install picks."""
    from rmtui.agenda.bundled import bundled_dir

    paths = sorted(bundled_dir().glob("*.yaml"))
    assert paths
    for path in paths:
        template, problems = load_file(path, "bundled")
        assert template is not None, problems
        assert not [p for p in problems if p.severity == "error"], problems

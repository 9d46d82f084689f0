"""The meetup digest reads an item line rmtui wrote without a Markdown parser, and gets the
same text markdown-it gets: for rmtui's own lines (any text, hostile characters included)
and for every other line it takes for rmtui's shape. A line in any other shape is read by
markdown-it, as before."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rmtui.export import digest
from rmtui.export.escape import heading_text, item_text
from rmtui.export.html import title_of
from rmtui.export.markdown import Doc

HOSTILE = st.sampled_from(
    [
        "|", "\n", "\r", "\x00", "#", ">", "`", "<script>", "![](http://evil/x.png)", "![x]",
        "[x](javascript:alert(1))", "*", "**", "_", "~~", "&amp;", "&#60;", "- ", "1. ", "\\",
        "<http://evil>", "<HTTPS://a.b/c\\d>", "x@y.example", "a@b_c.d", "www.", "://", " ",
        "\u3000", "\ufeff", "\xa0", "(", ")", " *(", ")*", "https://a.example/x_y", "!", "#",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=6)), max_size=10).map("".join)


def _markdown_it(line: str) -> str:
    """The digest's reading of an item line with markdown-it alone."""
    return digest._plain(digest._parser().parseInline(line[2:])[0])


def _bullet(text: str, note: str, label: str) -> str:
    doc = Doc()
    doc.bullet(text, note, label)
    return doc.lines[-1]


@settings(max_examples=500)
@given(TEXT, st.one_of(st.just(""), TEXT), st.one_of(st.just(""), TEXT))
@example("One post a week | starting Friday", "session 1", "")
@example("mail a@b_c.d or <https://x.example/?a=1&b=2>", "", "Owner")
def test_rmtui_item_lines_read_the_same_without_markdown_it(
    text: str, note: str, label: str
) -> None:
    line = _bullet(text, note, label)
    fast = item_text(line)
    assert fast is None or fast == _markdown_it(line)
    assert digest.item(line) == _markdown_it(line)


@settings(max_examples=500)
@given(TEXT)
@example("**a** b *(c)*")
@example("**** x")
@example("x*(y)*")
@example("** a** b")
def test_any_line_read_fast_reads_as_markdown_it_reads_it(tail: str) -> None:
    line = "- " + tail
    fast = item_text(line)
    assert fast is None or fast == _markdown_it(line)


def test_rmtui_lines_take_the_fast_reading() -> None:
    for text, note, label in [
        ("Muted the 'Warehouse news' group #13", "session 1", ""),
        ("a | b * c _d_ [e] <f> & g \\ h `i`", "session 2", "Owner"),
        ("see https://example.org/a_b and x@y.example", "", ""),
        ("# 1. - > not a block", "", ""),
    ]:
        assert item_text(_bullet(text, note, label)) is not None


@settings(max_examples=300)
@given(TEXT)
@example("a title #")
def test_a_heading_reads_as_markdown_it_reads_it(text: str) -> None:
    doc = Doc()
    doc.heading(1, text)
    line = doc.lines[0]
    fast = heading_text(line)
    assert fast is None or fast == title_of(line)

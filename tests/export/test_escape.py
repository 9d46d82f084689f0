"""User text in exports renders back to itself and never becomes markup or HTML; the only
links are the web and e-mail addresses the mentor typed, the same in every engine."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from rmtui.core.text import one_line
from rmtui.export.as_typed import AsTyped
from rmtui.export.escape import inline

MD = AsTyped("commonmark", {"html": False}).enable("table").enable("strikethrough")
HOSTILE = st.sampled_from(
    [
        "|", "\n", "#", ">", "`", "``", "<script>alert(1)</script>", "![](http://evil/x.png)",
        "[x](javascript:alert(1))", "*", "_", "~~", "&amp;", "&#60;", "- ", "1. ", "[/]",
        "[@click=app.quit]", "\\", "<http://evil>", "===", "---", "\x1b[31m", " ",
        "https://a.example/x_y", "www.", "ftp://f", "x@y.example", "javascript:", ":", "//",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=8)), max_size=12).map("".join)


def _flatten(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.append(t)
        out.extend(_flatten(t.children or []))
    return out


def _plain(tokens: list[Token]) -> str:
    return "".join(t.content for t in tokens if t.type in ("text", "code_inline", "softbreak"))


def _expected(text: str) -> str:
    return " ".join(one_line(text).split())


def _links_are_typed_addresses(tokens: list[Token], text: str) -> None:
    """Every link is an autolink of an http(s) or e-mail address that the text holds."""
    for i, t in enumerate(tokens):
        if t.type != "link_open":
            continue
        href, shown = str(t.attrGet("href")), tokens[i + 1].content
        assert shown in _expected(text)
        if t.markup != "autolink":  # an address GFM links but CommonMark's autolink refuses
            assert href == f"mailto:{shown}"
        assert href.lower().startswith(("http://", "https://", "mailto:")), href


@settings(max_examples=400)
@given(TEXT)
@example("# not a heading | with a pipe")
@example("1986. a year, not a list")
def test_list_item_renders_back_to_the_text(text: str) -> None:
    tokens = MD.parse(f"- {inline(text)}\n")
    kinds = [t.type for t in _flatten(tokens)]
    assert not {"html_inline", "html_block", "image", "heading_open"} & set(kinds)
    _links_are_typed_addresses(_flatten(tokens), text)
    assert not {"em_open", "strong_open", "s_open", "code_inline", "blockquote_open"} & set(kinds)
    if _expected(text):
        assert kinds.count("list_item_open") == 1
        assert _plain(_flatten(tokens)) == _expected(text)


@settings(max_examples=300)
@given(st.lists(TEXT, min_size=3, max_size=3))
def test_table_cells_keep_their_count_and_content(cells: list[str]) -> None:
    row = "| " + " | ".join(inline(c) or " " for c in cells) + " |"
    doc = "| a | b | c |\n| --- | --- | --- |\n" + row + "\n"
    tokens = _flatten(MD.parse(doc))
    assert not {"html_inline", "image"} & {t.type for t in tokens}
    _links_are_typed_addresses(tokens, " ".join(cells))
    body_cells: list[str] = []
    in_body = False
    for i, t in enumerate(tokens):
        if t.type == "tbody_open":
            in_body = True
        if in_body and t.type == "td_open":
            body_cells.append(_plain(_flatten([tokens[i + 1]])))
    assert body_cells == [_expected(c) for c in cells]


@given(TEXT)
def test_headings_stay_one_heading(text: str) -> None:
    tokens = _flatten(MD.parse(f"## {inline(text)}\n"))
    assert [t.type for t in tokens].count("heading_open") == 1
    assert "html_inline" not in {t.type for t in tokens}


def test_html_rendering_has_no_raw_html() -> None:
    html = MD.render(f"- {inline('<script>x</script> & <b>bold</b>')}\n")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


@settings(max_examples=400)
@given(TEXT)
@example("٣. an Arabic-Indic digit starts a list too")
@example("Muted the 'Warehouse news' group #13")
@example("ends with a space ")
@example("the intranet at WwW.example.org")
@example("two  spaces, once")
@example("= an underline, + a list")
def test_text_with_nothing_to_escape_goes_out_as_it_is(text: str) -> None:
    from rmtui.export.escape import _escaped

    assert inline(text) == _escaped(text)

"""Filtering templates, and the escaped Markdown the browser shows."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from rmtui.agenda.render import md_escape, md_escape_lines, template_markdown
from rmtui.agenda.search import Query, filter_templates, parse_query
from rmtui.core.template import Template, TemplateItem

PRIVACY = Template(
    id="data-protection",
    title="Data protection and privacy at work",
    summary="What the **GDPR** asks of a manager.",
    tags=("privacy", "security"),
    keywords=("data protection", "GDPR"),
    items=(TemplateItem("Cookie banners", 15, ("Open a site: what do you accept?",)),),
)
LINKEDIN = Template(
    id="linkedin-leaders",
    title="LinkedIn für Führungskräfte",
    language="de",
    tags=("social",),
    keywords=("LinkedIn", "personal brand"),
    items=(TemplateItem("Profil", 20),),
)
ALL = [PRIVACY, LINKEDIN]


def ids(query: str) -> list[str]:
    return [t.id for t in filter_templates(ALL, query)]


def test_parse_query() -> None:
    assert parse_query('Privacy tag:Soc kw:"Data Protection" tag:') == Query(
        words=("privacy",), tags=("soc",), keywords=("data protection",)
    )
    assert not parse_query("   ")


def test_filter_by_words_tags_and_keywords() -> None:
    assert ids("") == ["data-protection", "linkedin-leaders"]
    assert ids("privacy") == ["data-protection"]
    assert ids("cookie") == ["data-protection"]  # item titles count
    assert ids("fuhrungskrafte") == ["linkedin-leaders"]  # accents folded
    assert ids("tag:soc") == ["linkedin-leaders"]
    assert ids("tag:privacy tag:security") == ["data-protection"]
    assert ids("kw:gdpr") == ["data-protection"]
    assert ids('kw:"personal brand" profil') == ["linkedin-leaders"]
    assert ids("kw:gdpr tag:social") == []


HOSTILE = "[bold]x[/] [@click=app.quit]quit[/] *star* <b>html</b> `code` # hash \x1b[31mred"


def test_escaped_text_renders_to_itself() -> None:
    md = MarkdownIt("commonmark", {"html": False})
    rendered = md.render(md_escape(HOSTILE))
    assert "<em>" not in rendered and "<code>" not in rendered and "<b>" not in rendered
    assert "[bold]x[/]" in rendered and "[@click=app.quit]" in rendered
    assert "&lt;b&gt;html&lt;/b&gt;" in rendered
    assert "\x1b" not in rendered
    assert md_escape_lines("one *a*\n\ntwo") == "one \\*a\\*\\\ntwo"


def test_template_markdown_escapes_everything_but_summary_and_notes() -> None:
    t = Template(
        id="x",
        title="# not a heading [link](http://e.org)",
        summary="A **real** summary",
        rules=("- not a list",),
        items=(
            TemplateItem("1. item", 10, ("> not a quote",), "<script>alert(1)</script>\n*tip*"),
        ),
        path=Path("x.yaml"),
    )
    html = MarkdownIt("commonmark", {"html": False}).render(template_markdown(t))
    assert "<strong>real</strong>" in html
    assert "# not a heading [link](http://e.org)" in html and "<a " not in html
    assert "<blockquote>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;\n<em>tip</em>" in html
    assert "&gt; not a quote" in html and "- not a list" in html
    assert "10 min" in html

"""A summary's front matter is read by the strict YAML loader: a hostile one is refused
with a message that names its line and what is not allowed."""

from __future__ import annotations

import pytest

from rmtui.export import frontmatter


@pytest.mark.parametrize(
    ("head", "said"),
    [
        ("rmtui: export\nrmtui: export\n", "line 3: 'rmtui' appears twice"),
        ("a: &x 1\nb: *x\n", "line 2: anchors (&x) are not allowed"),
        ("a: !!python/object 1\n", "line 2: YAML tags (!!python/object) are not allowed"),
    ],
)
def test_hostile_front_matter_is_still_refused(head: str, said: str) -> None:
    with pytest.raises(frontmatter.FrontMatterError) as refused:
        frontmatter.parse(head)
    assert str(refused.value).startswith(said)

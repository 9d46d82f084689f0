"""markdown-it, reading the addresses in a document as the mentor typed them."""

from __future__ import annotations

from markdown_it import MarkdownIt


class AsTyped(MarkdownIt):
    """markdown-it, with the addresses in a document read and shown as typed."""

    def normalizeLinkText(self, link: str) -> str:
        # An address shows as the mentor typed it: markdown-it would decode its
        # percent-escapes for display ("%e1" read as a broken character). The link
        # itself is still normalized (``normalizeLink``).
        return link

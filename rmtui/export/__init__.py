"""Summaries a mentor shares: Markdown, HTML and JSON. Never a private note."""

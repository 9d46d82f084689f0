"""Strict readers of the text formats people write by hand, shared by agenda templates and
export front matter: YAML with safe types only, limits and messages naming the line."""

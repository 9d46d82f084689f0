"""The Textual face of rmtui. Nothing outside this package imports Textual."""

"""Domain of rmtui: plain dataclasses and pure functions, no I/O, no Textual."""

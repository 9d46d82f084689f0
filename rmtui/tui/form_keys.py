"""Tab and shift+tab in forms, moved before the next key is handed out.

Textual hands a key to the focused widget's own queue; Tab then bubbles up to the
screen's focus binding from there, later. Letters typed right behind it (a fast typist, a
loaded machine) were already handed to the same field, so they landed in the field Tab
was leaving. As priority bindings, Tab and shift+tab move the focus as the app reads the
key, so every key after them goes to the field they moved to.
"""

from __future__ import annotations

from textual.binding import Binding

from rmtui.core.i18n import N_

FORM_FOCUS_KEYS = [
    Binding(
        "tab",
        "app.focus_next",
        N_("Next field"),
        id="form.next",
        tooltip=N_("The next field"),
        show=False,
        priority=True,
    ),
    Binding(
        "shift+tab",
        "app.focus_previous",
        N_("Previous field"),
        id="form.previous",
        tooltip=N_("The previous field"),
        show=False,
        priority=True,
    ),
]

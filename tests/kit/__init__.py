"""Helpers shared by the tests, one module per kind of help.

- ``clock``: a fixed "now" and wall and monotonic time that move only when a test says so.
- ``cli``: the ``rmtui`` command line run in this process.
- ``workspace``: a tandem with keywords, as most tests start.
- ``pilot``: driving the Textual app under Pilot (waiting for it to settle, reading it).
- ``terminal``: the installed ``rmtui`` in a real terminal (tmux on a private socket).
- ``writer``: the forking writer behind the kill -9 tests.

``tests/`` is on ``sys.path`` (pytest puts the folder of the top conftest there), so test
modules import ``from kit.pilot import settle``. Nothing here is a conftest, and nothing
here imports one.
"""

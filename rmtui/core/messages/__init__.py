"""Messages the mentor reads, in one package so they speak with one voice.

Each area keeps its own module; ``from rmtui.core import messages`` sees them all.
"""

from __future__ import annotations

from rmtui.core.messages.agendas import *  # noqa: F403
from rmtui.core.messages.checks import *  # noqa: F403
from rmtui.core.messages.cli import *  # noqa: F403
from rmtui.core.messages.dates import *  # noqa: F403
from rmtui.core.messages.exports import *  # noqa: F403
from rmtui.core.messages.life import *  # noqa: F403
from rmtui.core.messages.sessions import *  # noqa: F403
from rmtui.core.messages.settings import *  # noqa: F403
from rmtui.core.messages.store_and_tandems import *  # noqa: F403
from rmtui.core.messages.tui import *  # noqa: F403

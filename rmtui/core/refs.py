"""Session references as the mentor types them: ``<tandem-id>/<n>``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rmtui.core import messages
from rmtui.core.errors import InvalidInput

# Tandem ids are slugs; checking the shape keeps a typed reference from naming a path
# outside the workspace (``../x/3``).
_REF = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)/([1-9][0-9]{0,5})")


@dataclass(frozen=True, slots=True, order=True)
class SessionRef:
    tandem_id: str
    n: int

    def __str__(self) -> str:
        return f"{self.tandem_id}/{self.n}"

    @classmethod
    def parse(cls, text: str) -> SessionRef:
        match = _REF.fullmatch(text.strip())
        if match is None:
            raise InvalidInput("session", messages.BAD_SESSION_REF.format(value=text))
        return cls(match[1], int(match[2]))

    @staticmethod
    def looks_like(text: str) -> bool:
        return _REF.fullmatch(text.strip()) is not None

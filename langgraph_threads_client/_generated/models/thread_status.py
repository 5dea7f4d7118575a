import enum
from typing import Any

from ..types import unknown_member


class ThreadStatus(enum.StrEnum):
    BUSY = "busy"
    ERROR = "error"
    IDLE = "idle"
    INTERRUPTED = "interrupted"

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "ThreadStatus"]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def of(cls, value: str) -> "ThreadStatus":
        """The member of ``value``; for a value not listed here (one a server added since), a
        ThreadStatus made for it: not among the members, its value ``value``."""
        member = cls.by_value.get(value)
        return member if member is not None else unknown_member(cls, value)

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        # By ``of``: a made member pickles too (Enum's own way looks among the members only).
        return type(self).of, (self._value_,)


ThreadStatus.by_value = {member.value: member for member in ThreadStatus}

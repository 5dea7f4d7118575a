import enum
from typing import Any

from ..types import unknown_member


class ThreadSortBy(enum.StrEnum):
    CREATED_AT = "created_at"
    STATE_UPDATED_AT = "state_updated_at"
    STATUS = "status"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "ThreadSortBy"]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def of(cls, value: str) -> "ThreadSortBy":
        """The member of ``value``; for a value not listed here (one a server added since), a
        ThreadSortBy made for it: not among the members, its value ``value``."""
        member = cls.by_value.get(value)
        return member if member is not None else unknown_member(cls, value)

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        # By ``of``: a made member pickles too (Enum's own way looks among the members only).
        return type(self).of, (self._value_,)


ThreadSortBy.by_value = {member.value: member for member in ThreadSortBy}

from enum import StrEnum
from typing import ClassVar


class ThreadSortBy(StrEnum):
    CREATED_AT = "created_at"
    STATE_UPDATED_AT = "state_updated_at"
    STATUS = "status"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"

    # Annotated without a value, so it is a class attribute, not a member.
    by_value: ClassVar[dict[str, "ThreadSortBy"]]

    def __str__(self) -> str:
        return str(self.value)


ThreadSortBy.by_value = {member.value: member for member in ThreadSortBy}

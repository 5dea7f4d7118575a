from enum import StrEnum


class ThreadSortBy(StrEnum):
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


ThreadSortBy.by_value = {member.value: member for member in ThreadSortBy}

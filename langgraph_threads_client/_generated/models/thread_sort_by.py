from enum import StrEnum


class ThreadSortBy(StrEnum):
    CREATED_AT = "created_at"
    STATE_UPDATED_AT = "state_updated_at"
    STATUS = "status"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

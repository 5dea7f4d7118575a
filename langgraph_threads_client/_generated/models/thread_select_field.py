from enum import StrEnum


class ThreadSelectField(StrEnum):
    CONFIG = "config"
    CREATED_AT = "created_at"
    INTERRUPTS = "interrupts"
    METADATA = "metadata"
    STATE_UPDATED_AT = "state_updated_at"
    STATUS = "status"
    THREAD_ID = "thread_id"
    UPDATED_AT = "updated_at"
    VALUES = "values"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum
from typing import ClassVar


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

    # Annotated without a value, so it is a class attribute, not a member.
    by_value: ClassVar[dict[str, "ThreadSelectField"]]

    def __str__(self) -> str:
        return str(self.value)


ThreadSelectField.by_value = {member.value: member for member in ThreadSelectField}

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

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "ThreadSelectField"]

    def __str__(self) -> str:
        return str(self.value)


ThreadSelectField.by_value = {member.value: member for member in ThreadSelectField}

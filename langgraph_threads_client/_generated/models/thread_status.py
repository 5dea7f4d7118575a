from enum import StrEnum


class ThreadStatus(StrEnum):
    BUSY = "busy"
    ERROR = "error"
    IDLE = "idle"
    INTERRUPTED = "interrupted"

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "ThreadStatus"]

    def __str__(self) -> str:
        return str(self.value)


ThreadStatus.by_value = {member.value: member for member in ThreadStatus}

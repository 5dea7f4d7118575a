from enum import StrEnum
from typing import ClassVar


class ThreadStatus(StrEnum):
    BUSY = "busy"
    ERROR = "error"
    IDLE = "idle"
    INTERRUPTED = "interrupted"

    # Annotated without a value, so it is a class attribute, not a member.
    by_value: ClassVar[dict[str, "ThreadStatus"]]

    def __str__(self) -> str:
        return str(self.value)


ThreadStatus.by_value = {member.value: member for member in ThreadStatus}

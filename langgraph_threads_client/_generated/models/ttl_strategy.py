from enum import StrEnum
from typing import ClassVar


class TtlStrategy(StrEnum):
    DELETE = "delete"
    KEEP_LATEST = "keep_latest"

    # Annotated without a value, so it is a class attribute, not a member.
    by_value: ClassVar[dict[str, "TtlStrategy"]]

    def __str__(self) -> str:
        return str(self.value)


TtlStrategy.by_value = {member.value: member for member in TtlStrategy}

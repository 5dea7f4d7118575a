from enum import StrEnum
from typing import ClassVar


class Kind(StrEnum):
    LARGE = "large"
    SMALL = "small"

    # Annotated without a value, so it is a class attribute, not a member.
    by_value: ClassVar[dict[str, "Kind"]]

    def __str__(self) -> str:
        return str(self.value)


Kind.by_value = {member.value: member for member in Kind}

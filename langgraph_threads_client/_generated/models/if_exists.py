from enum import StrEnum
from typing import ClassVar


class IfExists(StrEnum):
    DO_NOTHING = "do_nothing"
    RAISE = "raise"

    # Annotated without a value, so it is a class attribute, not a member.
    by_value: ClassVar[dict[str, "IfExists"]]

    def __str__(self) -> str:
        return str(self.value)


IfExists.by_value = {member.value: member for member in IfExists}

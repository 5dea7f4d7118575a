from enum import StrEnum
from typing import ClassVar


class SortOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    # Annotated without a value, so it is a class attribute, not a member.
    by_value: ClassVar[dict[str, "SortOrder"]]

    def __str__(self) -> str:
        return str(self.value)


SortOrder.by_value = {member.value: member for member in SortOrder}

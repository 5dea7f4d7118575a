from enum import StrEnum


class SortOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "SortOrder"]

    def __str__(self) -> str:
        return str(self.value)


SortOrder.by_value = {member.value: member for member in SortOrder}

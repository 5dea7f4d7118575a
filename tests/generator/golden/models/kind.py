from enum import StrEnum


class Kind(StrEnum):
    LARGE = "large"
    SMALL = "small"

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "Kind"]

    def __str__(self) -> str:
        return str(self.value)


Kind.by_value = {member.value: member for member in Kind}

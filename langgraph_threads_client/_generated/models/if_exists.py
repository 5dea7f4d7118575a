from enum import StrEnum


class IfExists(StrEnum):
    DO_NOTHING = "do_nothing"
    RAISE = "raise"

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "IfExists"]

    def __str__(self) -> str:
        return str(self.value)


IfExists.by_value = {member.value: member for member in IfExists}

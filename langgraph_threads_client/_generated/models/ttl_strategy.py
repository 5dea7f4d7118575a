from enum import StrEnum


class TtlStrategy(StrEnum):
    DELETE = "delete"
    KEEP_LATEST = "keep_latest"

    # Annotated without a value: a class attribute, not a member (the typing spec's rule for
    # enums, where ClassVar is refused by some checkers).
    by_value: dict[str, "TtlStrategy"]

    def __str__(self) -> str:
        return str(self.value)


TtlStrategy.by_value = {member.value: member for member in TtlStrategy}

from enum import StrEnum


class Kind(StrEnum):
    LARGE = "large"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TtlStrategy(StrEnum):
    DELETE = "delete"
    KEEP_LATEST = "keep_latest"

    def __str__(self) -> str:
        return str(self.value)

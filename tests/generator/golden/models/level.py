import enum


class Level(enum.IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

    # Annotated without a value: a class attribute, not a member (see str_enum.py.jinja).
    by_value: dict[int, "Level"]

    def __str__(self) -> str:
        return str(self.value)


Level.by_value = {member.value: member for member in Level}

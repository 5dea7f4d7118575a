"""I/O-free conversions from the facade's friendly arguments to the generated request models.

The facade accepts what the official SDK accepts (plain dicts, ints, strings) and what this
client returns (the generated models); everything is checked here, before any request, so bad
input ends in a ``TypeError`` or ``ValueError`` that names the argument.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard, TypeVar

from ._generated import models
from ._generated.types import UNSET, Unset

E = TypeVar("E", bound=enum.Enum)

CheckpointLike = Mapping[str, Any] | models.Checkpoint | models.CheckpointConfig


def mapping(
    value: Mapping[str, Any] | None, name: str, *, str_keys: bool = True
) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(value).__name__}")
    if str_keys and not all(isinstance(key, str) for key in value):
        raise TypeError(f"{name} keys must be strings")
    return dict(value)


def json_object(value: Mapping[str, Any] | None, name: str) -> dict[str, Any] | Unset:
    """A JSON object argument (metadata, a values filter): a copy of the mapping, or UNSET.

    Keys and values are encoded as the official SDK encodes them (``_encoding``): an int or
    UUID key is sent as its string, and what cannot be encoded fails there, with its path.
    """
    as_dict = mapping(value, name, str_keys=False)
    return UNSET if as_dict is None else as_dict


def enum_member(enum_class: type[E], value: str | E | None, name: str) -> E | Unset:
    """The enum member for ``value``; an unknown value is refused with the allowed ones."""
    if value is None:
        return UNSET
    try:
        return enum_class(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_class)
        raise ValueError(f"{name} must be one of {allowed}; got {value!r}") from None


def enum_members(
    enum_class: type[E], values: Iterable[str | E] | None, name: str
) -> list[E] | Unset:
    if values is None:
        return UNSET
    if isinstance(values, str):
        raise TypeError(f"{name} must be a list of strings, not a single string")
    members = [enum_member(enum_class, value, name) for value in values]
    return [member for member in members if not isinstance(member, Unset)]


def strings(values: Iterable[str] | None, name: str) -> list[str] | Unset:
    if values is None:
        return UNSET
    if isinstance(values, str):
        raise TypeError(f"{name} must be a list of strings, not a single string")
    result = list(values)
    for value in result:
        if not isinstance(value, str):
            raise TypeError(f"{name} must contain strings, got {type(value).__name__}")
    return result


def is_int(value: object) -> TypeGuard[int]:
    """An int that is not a bool (Python counts ``True`` as 1; an argument never does)."""
    return isinstance(value, int) and not isinstance(value, bool)


def int_argument(value: object, name: str) -> int:
    if is_int(value):
        return value
    raise TypeError(f"{name} must be an int, got {type(value).__name__}")


def optional_int(value: int | None, name: str) -> int | Unset:
    return UNSET if value is None else int_argument(value, name)


def positive_int(value: int, name: str) -> int:
    int_argument(value, name)
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


def optional_str(value: str | None, name: str) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    return value


def ttl(value: int | float | Mapping[str, Any] | None) -> models.TtlRequest | Unset:
    """A TTL in minutes (strategy ``delete``, as the official SDK sends) or ``{ttl, strategy}``."""
    if value is None:
        return UNSET
    if isinstance(value, bool):
        raise TypeError("ttl must be a number of minutes or a mapping, got bool")
    if isinstance(value, int | float):
        return models.TtlRequest(ttl=value, strategy=models.TtlStrategy.DELETE)
    as_dict = mapping(value, "ttl")
    if as_dict is None or "ttl" not in as_dict:
        raise ValueError("ttl mapping needs a 'ttl' key (minutes)")
    strategy = enum_member(
        models.TtlStrategy, as_dict.get("strategy", models.TtlStrategy.DELETE), "ttl strategy"
    )
    return models.TtlRequest(ttl=as_dict["ttl"], strategy=strategy)


def supersteps(values: Iterable[Mapping[str, Any]] | None) -> list[models.Superstep] | Unset:
    if values is None:
        return UNSET
    result = []
    for value in values:
        as_dict = mapping(value, "supersteps item")
        if as_dict is None or "updates" not in as_dict:
            raise ValueError("each superstep needs an 'updates' list")
        result.append(models.Superstep.from_dict(as_dict))
    return result


def checkpoint_config(
    value: CheckpointLike | None, name: str = "checkpoint"
) -> models.CheckpointConfig | Unset:
    return UNSET if value is None else as_checkpoint_config(value, name)


def history_before(value: str | CheckpointLike | None) -> models.HistoryBefore | Unset:
    """``before`` as the server reads it: ``{"configurable": {...}}``.

    Accepts a checkpoint id, a checkpoint object (as a state's ``checkpoint`` field), or the
    server's own ``{"configurable": {...}}`` form; the official SDK sends the first two as they
    are, which the server rejects.
    """
    if value is None:
        return UNSET
    if isinstance(value, str):
        if not value:
            raise ValueError("before must not be an empty checkpoint id")
        return models.HistoryBefore(configurable=models.CheckpointConfig(checkpoint_id=value))
    if isinstance(value, Mapping) and "configurable" in value:
        inner = value["configurable"]
        return models.HistoryBefore(
            configurable=as_checkpoint_config(inner, "before['configurable']")
        )
    return models.HistoryBefore(configurable=as_checkpoint_config(value, "before"))


def as_checkpoint_config(value: object, name: str) -> models.CheckpointConfig:
    """A checkpoint as a request names it, from a mapping or a checkpoint model."""
    if isinstance(value, models.Checkpoint | models.CheckpointConfig):
        return models.CheckpointConfig.from_dict(value.to_dict())
    if isinstance(value, Mapping):
        return models.CheckpointConfig.from_dict(dict(mapping(value, name) or {}))
    raise TypeError(f"{name} must be a mapping or a Checkpoint, got {type(value).__name__}")


def extract_paths(value: Mapping[str, str] | None) -> dict[str, str] | Unset:
    as_dict = mapping(value, "extract")
    if as_dict is None:
        return UNSET
    for alias, path in as_dict.items():
        if not isinstance(path, str):
            raise TypeError(f"extract[{alias!r}] must be a path string, got {type(path).__name__}")
    return as_dict


def search_body(
    *,
    metadata: Mapping[str, Any] | None,
    values: Mapping[str, Any] | None,
    ids: Iterable[str] | None,
    status: str | None,
    limit: int,
    offset: int,
    sort_by: str | None,
    sort_order: str | None,
    select: Iterable[str] | None,
    extract: Mapping[str, str] | None,
) -> models.ThreadSearchRequest:
    """The body of POST /threads/search (search and search_page)."""
    return models.ThreadSearchRequest(
        metadata=json_object(metadata, "metadata"),
        values=json_object(values, "values"),
        ids=strings(ids, "ids"),
        status=enum_member(models.ThreadStatus, status, "status"),
        limit=optional_int(limit, "limit"),  # its bounds (1..1000) are the server's to judge
        offset=optional_int(offset, "offset"),
        sort_by=enum_member(models.ThreadSortBy, sort_by, "sort_by"),
        sort_order=enum_member(models.SortOrder, sort_order, "sort_order"),
        select=enum_members(models.ThreadSelectField, select, "select"),
        extract=extract_paths(extract),
    )

"""I/O-free checks and conversions of the facade's arguments (ids, JSON objects, enums, TTLs).

The facade accepts what the official SDK accepts (plain dicts, ints, strings) and what this
client returns (the generated models); everything is checked here, before any request, so bad
input ends in a ``TypeError`` or ``ValueError`` that names the argument.
"""

from __future__ import annotations

import contextlib
import enum
import math
import numbers
import operator
import uuid
from collections.abc import Iterable, Mapping, Sized
from typing import Any, Final, SupportsIndex, TypeGuard, TypeVar

import orjson

from ._defaults import MAX_PAGE_SIZE
from ._encoding import encode_json
from ._generated import models
from ._generated.types import UNSET, ShapeError, Unset, holding
from ._types import IdLike, ObjectLike

__all__ = [
    "CheckpointLike",
    "as_checkpoint_config",
    "check_max_retries",
    "checkpoint_config",
    "enum_member",
    "enum_members",
    "extract_paths",
    "flag",
    "given",
    "history_before",
    "id_strings",
    "int_argument",
    "is_int",
    "json_object",
    "mapping",
    "optional_int",
    "optional_str",
    "page_size",
    "path_id",
    "positive_int",
    "state_at",
    "string",
    "strings",
    "supersteps",
    "ttl",
]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")

CheckpointLike = ObjectLike | models.Checkpoint | models.CheckpointConfig


def given(value: T) -> T | None:
    """``None`` for what the official SDK leaves out of the request: it tests an optional
    argument's truth (``if status: payload["status"] = ...``), so an empty string, mapping or
    list counts as not given, and so do ``0`` and ``False``: code passing ``status=""`` from a
    form runs the same. A value with a length is read by it (numpy's array, whose truth the
    SDK's test refuses, is taken)."""
    # (None first: the ABC check costs about 0.2 µs, on every optional argument of a call)
    if value is None:
        return None
    if isinstance(value, Sized):
        return value if len(value) else None
    return value if value else None


def mapping(value: ObjectLike | None, name: str) -> dict[str, Any] | None:
    """A mapping argument as a dict (a copy of its top level); another object as the JSON
    object it encodes to. Keys of any type the encoder writes are kept, as the official SDK
    sends them (an int key as its string)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        return _encoded_object(value, name, "a mapping")
    return dict(value)


def _encoded_object(value: object, name: str, expected: str) -> dict[str, Any]:
    """The JSON object the request will hold for ``value``, as the official SDK encodes it: a
    pydantic model or a dataclass is sent as its fields, a UUID as its string. What does not
    encode to an object is refused (the server would refuse it with a 422)."""
    # Encoded under its name, so that what cannot be says where: metadata["tags"][0]: ...
    encoded = orjson.loads(encode_json({name: value}))[name]
    if type(encoded) is not dict:
        raise TypeError(f"{name} must be {expected}, got {type(value).__name__}")
    return encoded


def json_object(value: ObjectLike | None, name: str) -> dict[str, Any] | Unset:
    """A JSON object argument (metadata, a values filter): a copy of the mapping, or UNSET.

    Keys and values are encoded as the official SDK encodes them (``_encoding``): an int or
    UUID key is sent as its string, and what cannot be encoded fails there, with its path.
    """
    as_dict = mapping(value, name)
    return UNSET if as_dict is None else as_dict


def enum_member(enum_class: type[E], value: str | E | None, name: str) -> E | Unset:
    """The enum member for ``value``; an unknown value is refused with the allowed ones."""
    if value is None:
        return UNSET
    if isinstance(value, enum_class):
        # (a value a server sent that the enum does not list is one too, e.g. a thread's
        # status passed back: sent as the server wrote it)
        return value
    if isinstance(value, enum.Enum):
        value = value.value  # another enum of the same values: sent as its value, as the SDK does
    try:
        return enum_class(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_class)
        raise ValueError(f"{name} must be one of {allowed}; got {value!r}") from None


def _items(values: Iterable[Any], name: str) -> list[Any]:
    """The items of an argument that takes a list of strings. A single string is a list of
    that one string (never taken apart into characters): the official SDK sends it as given,
    and servers read ``include=ttl`` as one field, so code written for the SDK passes one."""
    if isinstance(values, str):
        return [values]
    # (A mapping's keys are no list the caller meant: the SDK sends the object, refused by
    # langgraph-api.)
    if not isinstance(values, Iterable) or isinstance(values, Mapping):
        raise TypeError(f"{name} must be a list of strings, got {type(values).__name__}")
    return list(values)


def enum_members(
    enum_class: type[E], values: Iterable[str | E] | None, name: str
) -> list[E] | Unset:
    if values is None:
        return UNSET
    members = [enum_member(enum_class, value, name) for value in _items(values, name)]
    return [member for member in members if not isinstance(member, Unset)]


def strings(values: Iterable[str] | None, name: str) -> list[str] | Unset:
    if values is None:
        return UNSET
    return _only_strings(_items(values, name), name)


def _only_strings(items: list[Any], name: str) -> list[str]:
    # (One C-level pass over the usual list of strings: thousands of ids, say.)
    if _types_of(items) <= _STRINGS:
        return items
    return [_string_item(value, name) for value in items]


def _string_item(value: object, name: str) -> str:
    """An item of a list of strings: a string, or an enum of a string value (its value, as
    the official SDK's encoder writes it: ``select=[Field.VALUES]``)."""
    if isinstance(value, enum.Enum) and isinstance(value.value, str):
        return value.value  # (a str-mixin enum's too, whose str() is its name in a query)
    if isinstance(value, str):
        return value
    raise TypeError(f"{name} must contain strings, got {type(value).__name__}")


def _types_of(items: list[Any]) -> set[type] | frozenset[type]:
    """The types of ``items``, or ``{object}`` where one is unhashable (a class whose
    metaclass makes it so): either way, all strings only if they are."""
    try:
        return set(map(type, items))
    except TypeError:
        return _NO_TYPES


_NO_TYPES: Final[frozenset[type]] = frozenset({object})
_STRINGS: Final = frozenset({str})
_STRINGS_AND_IDS: Final = frozenset({str, uuid.UUID})


def id_strings(values: Iterable[IdLike] | None, name: str) -> list[str] | Unset:
    """A list of thread ids: strings, or UUIDs (as a database returns them), sent as strings."""
    if values is None:
        return UNSET
    items = _items(values, name)
    kinds = _types_of(items)
    if kinds <= _STRINGS:
        return items
    if kinds <= _STRINGS_AND_IDS:
        # orjson writes a UUID as its string, all in C (``str()`` of each is a Python call).
        with contextlib.suppress(orjson.JSONEncodeError):  # (a string no JSON can hold: the
            written: list[str] = orjson.loads(orjson.dumps(items))  # body's encoding names it)
            return written
    return _only_strings([str(value) if _is_uuid(value) else value for value in items], name)


def _is_uuid(value: object) -> bool:
    """Whether ``value`` is a UUID, whose str() is the id: ``uuid.UUID`` and its subclasses, and
    other libraries' UUID classes (asyncpg's, uuid_utils'), which are none of them."""
    return isinstance(value, uuid.UUID) or type(value).__name__ == "UUID"


def flag(value: object) -> bool:
    """A yes-or-no argument as a bool: a string (or bytes) by what it says (``"false"``,
    ``"0"``, a variable read from the environment; the official SDK sends a string as
    written, which langgraph-api reads as false unless it is ``"true"`` or ``"True"`` in a
    query, and refuses in a body), anything else by its truth (``1``, numpy's ``bool_``)."""
    if isinstance(value, bytes | bytearray | memoryview):
        value = bytes(value).decode("latin-1")
    if isinstance(value, str):
        return value.strip().lower() in _TRUE_WORDS
    return bool(value)


# The strings that say yes (as pydantic, and so FastAPI's query parameters, read them).
_TRUE_WORDS: Final = frozenset({"true", "1", "yes", "on", "t", "y"})


def is_int(value: object) -> TypeGuard[int]:
    """An int that is not a bool (Python counts ``True`` as 1; an argument never does)."""
    return isinstance(value, int) and not isinstance(value, bool)


def int_argument(value: object, name: str) -> int:
    """An integer argument as an ``int``: an int, an integer of another type (numpy's, by
    ``__index__``) or a whole float (``10 / 5``), of another type too (numpy's
    ``float32(2)``), all of which the official SDK sends and the server reads (and any other
    real number that is exactly such a float); a bool or anything else is refused."""
    if is_int(value):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
    elif not isinstance(value, bool):
        if (index := _index_of(value)) is not None:
            return index
        # (A float of another type: numpy's float32 is not a float.)
        whole = _exact_float(value) if isinstance(value, numbers.Real) else None
        if whole is not None and whole.is_integer():
            return int(whole)
    raise TypeError(f"{name} must be an int, got {type(value).__name__}")


# What a value's own number methods (``__index__``, ``__float__``) raise to refuse: it is then
# refused as any other value is, naming the argument, not with an error of its own type.
_REFUSALS: Final = (TypeError, ValueError, ArithmeticError)


def _index_of(value: object) -> int | None:
    """The integer ``value`` is by ``__index__`` (numpy's integers), else None: also for
    numpy's arrays, whose ``__index__`` refuses all but integer scalars."""
    if not isinstance(value, SupportsIndex):
        return None
    try:
        return operator.index(value)
    except _REFUSALS:
        return None


def _exact_float(value: numbers.Real) -> float | None:
    """``value`` as the float that is exactly it (numpy's float32 and float16 are; a NaN of
    theirs is NaN), else None (a ``Fraction`` of a third, a ``longdouble`` finer than a float,
    one past its range)."""
    try:
        as_float = float(value)
    except _REFUSALS:  # (an OverflowError: past a float's range)
        return None
    # (A NaN is taken as its float says: asking the value itself would run its own code.)
    if math.isnan(as_float) or as_float == value:
        return as_float
    return None


def check_max_retries(max_retries: object) -> int:
    max_retries = int_argument(max_retries, "max_retries")
    if max_retries < 0:
        raise ValueError(f"max_retries must not be negative, got {max_retries}")
    return max_retries


def optional_int(value: int | None, name: str) -> int | Unset:
    return UNSET if value is None else int_argument(value, name)


def positive_int(value: int, name: str) -> int:
    value = int_argument(value, name)
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


def page_size(value: int) -> int:
    """A page size of ``iter_search`` and ``iter_history``: what one request's ``limit`` may be
    (1 to ``MAX_PAGE_SIZE``), refused here rather than by the server's 422 on the first page."""
    value = positive_int(value, "page_size")
    if value > MAX_PAGE_SIZE:
        raise ValueError(
            f"page_size must be at most {MAX_PAGE_SIZE} (a request's limit), got {value}"
        )
    return value


def optional_str(value: IdLike | enum.Enum | None, name: str) -> str | Unset:
    return UNSET if value is None else string(value, name)


def string(value: object, name: str) -> str:
    """A string argument, or what the official SDK's encoder sends as one: a UUID (its
    string, as an id from a database; another library's too) or an enum of a string value
    (its value)."""
    if isinstance(value, str):
        return value
    if _is_uuid(value):
        return str(value)
    if isinstance(value, enum.Enum) and isinstance(value.value, str):
        return value.value
    raise TypeError(f"{name} must be a str, got {type(value).__name__}")


def ttl(value: int | float | Mapping[str, Any] | None) -> models.TtlRequest | Unset:
    """A TTL in minutes (strategy ``delete``, as the official SDK sends) or ``{ttl, strategy}``
    (sent as given)."""
    if value is None:
        return UNSET
    if isinstance(value, bool):
        raise TypeError("ttl must be a number of minutes or a mapping, got bool")
    if isinstance(value, float):
        return models.TtlRequest(ttl=value, strategy=models.TtlStrategy.DELETE)
    if (whole := _index_of(value)) is not None:  # an int, or an integer of another type
        return models.TtlRequest(ttl=whole, strategy=models.TtlStrategy.DELETE)
    if isinstance(value, numbers.Real) and (minutes := _exact_float(value)) is not None:
        # A float of another type (numpy's float32): sent as a float is (the SDK sends it
        # bare, which servers refuse).
        return models.TtlRequest(ttl=minutes, strategy=models.TtlStrategy.DELETE)
    if not isinstance(value, Mapping):
        raise TypeError(f"ttl must be a number of minutes or a mapping, got {type(value).__name__}")
    # A mapping is sent as given, as the official SDK sends it (a strategy alone included),
    # its keys in its order: the constructor would write them in the spec's.
    fields = _encoded_object(value, "ttl", "a mapping")
    if fields.get("strategy") is not None:  # (a null one is sent as given, as the SDK does)
        strategy = enum_member(models.TtlStrategy, fields["strategy"], "ttl strategy")
        if isinstance(strategy, models.TtlStrategy):  # (always, as one was given)
            fields["strategy"] = strategy.value
    return holding(models.TtlRequest, fields)  # (TtlRequest() would be a plain dict)


def supersteps(values: Iterable[Mapping[str, Any]] | None) -> list[models.Superstep] | Unset:
    """Supersteps as the official SDK sends them: each update as its ``values``, ``command``
    (``None`` when not given) and ``as_node``, whatever else it holds; updates in any
    sequence (a list or a tuple)."""
    if values is None:
        return UNSET
    if not _is_list_like(values):
        raise TypeError(f"supersteps must be a list of supersteps, got {type(values).__name__}")
    result = []
    # (Each error names where it is: supersteps[1]["updates"][0]["as_node"].)
    for index, value in enumerate(values):
        where = f"supersteps[{index}]"
        as_dict = mapping(value, where)
        if as_dict is None or "updates" not in as_dict:
            raise ValueError(f"{where} needs an 'updates' list")
        updates = as_dict["updates"]
        where += '["updates"]'
        if not _is_list_like(updates):
            raise TypeError(f"{where} must be a list, got {type(updates).__name__}")
        made = [_superstep_update(update, f"{where}[{n}]") for n, update in enumerate(updates)]
        result.append(models.Superstep(updates=made))
    return result


def _is_list_like(value: object) -> bool:
    """An iterable that is no string, bytes or mapping (whose characters or keys are no items
    the caller meant)."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


def _superstep_update(value: object, where: str) -> models.SuperstepUpdate:
    update = mapping(value, where)  # type: ignore[arg-type]
    if update is None or "values" not in update or "as_node" not in update:
        raise ValueError(f"{where} needs 'values' and 'as_node'")
    as_node = string(update["as_node"], f'{where}["as_node"]')
    command = update.get("command")
    if command is not None:
        command = mapping(command, f'{where}["command"]')
    return models.SuperstepUpdate(values=update["values"], command=command, as_node=as_node)


def checkpoint_config(
    value: CheckpointLike | None, name: str = "checkpoint"
) -> models.CheckpointConfig | Unset:
    return UNSET if value is None else as_checkpoint_config(value, name)


def history_before(value: IdLike | CheckpointLike | None) -> models.HistoryBefore | Unset:
    """``before`` as the server reads it: ``{"configurable": {...}}``.

    Accepts a checkpoint id, a checkpoint object (as a state's ``checkpoint`` field), or the
    server's own ``{"configurable": {...}}`` form; the official SDK sends the first two as they
    are, which the server rejects.
    """
    if value is None:
        return UNSET
    if isinstance(value, str) or _is_uuid(value):
        return models.HistoryBefore(configurable=models.CheckpointConfig(checkpoint_id=str(value)))
    # (A null id kept, and refused: before no checkpoint means nothing; langgraph-api answers
    # a before without an id with a 500, Aegra with nothing.)
    config = as_checkpoint_config(value, "before", nullable=_NULL_MAP)
    return models.HistoryBefore(configurable=config)


# The keys of the SDK's Checkpoint type that may be None there.
_NULLABLE_CHECKPOINT_KEYS: Final = frozenset({"checkpoint_id", "checkpoint_map"})
_NULL_MAP: Final = frozenset({"checkpoint_map"})


def as_checkpoint_config(
    value: object, name: str, nullable: frozenset[str] = _NULLABLE_CHECKPOINT_KEYS
) -> models.CheckpointConfig:
    """A checkpoint as a request names it, from a mapping or a checkpoint model.

    A config's form, ``{"configurable": {...}}`` (a run's config, and what ``before`` is on
    the server), is the checkpoint it holds: the server reads no ``configurable`` in a
    checkpoint, and would answer with the latest state, as it does to the official SDK,
    which sends it as it is. A null ``checkpoint_id`` or ``checkpoint_map`` (the keys of
    ``nullable``) is one not given; a field of another wrong JSON type is a ``TypeError``
    naming the argument and the field, before anything is sent (the server would refuse it
    with a 422).
    """
    if isinstance(value, models.Checkpoint | models.CheckpointConfig):
        fields = value.to_dict()
    else:
        # As the official SDK encodes it: a UUID id is its string, an enum its value.
        fields = _encoded_object(value, name, "a mapping or a Checkpoint")
    if "configurable" in fields:
        name = f"{name}['configurable']"
        fields = _encoded_object(fields["configurable"], name, "a mapping or a Checkpoint")
    if any(fields.get(key, ...) is None for key in nullable):
        # The SDK's Checkpoint type has every checkpoint carry these keys, None where there is
        # no id (a fresh thread's state on Aegra, a subgraph's task still running) or no map:
        # Aegra reads a null as absent, langgraph-api refuses it (a 422). Left out.
        fields = {
            key: value for key, value in fields.items() if value is not None or key not in nullable
        }
    try:
        return models.CheckpointConfig.from_dict(fields)
    except ShapeError as exc:
        raise TypeError(f"{name}{exc.path}: expected {exc.expected}, found {exc.found}") from None


def state_at(
    checkpoint: CheckpointLike | None, checkpoint_id: IdLike | None
) -> models.CheckpointConfig | str | None:
    """Which state ``get_state`` reads: at a checkpoint (its config), at an id, or the latest
    (None). Empty arguments count as not given, as with the official SDK.

    Both given: a checkpoint that names no id (a subgraph's namespace alone) is read at
    ``checkpoint_id``, where the SDK would read its latest state and ignore the id; one that
    names the same id is that checkpoint; another id is a ``ValueError`` (the SDK would read
    at ``checkpoint``), before anything is sent.
    """
    checkpoint = given(checkpoint)
    checkpoint_id = given(checkpoint_id)
    at = None if checkpoint_id is None else path_id(checkpoint_id, "checkpoint_id")
    if checkpoint is None:
        return at
    config = as_checkpoint_config(checkpoint, "checkpoint")
    if at is None or config.checkpoint_id == at:
        return config
    if not isinstance(config.checkpoint_id, Unset):
        raise ValueError("checkpoint and checkpoint_id name different checkpoints")
    return models.CheckpointConfig.from_dict({**config, "checkpoint_id": at})


def extract_paths(value: Mapping[str, str] | None) -> dict[str, str] | Unset:
    as_dict = mapping(value, "extract")
    if as_dict is None:
        return UNSET
    for alias, path in as_dict.items():
        if not isinstance(path, str):
            if not (isinstance(path, enum.Enum) and isinstance(path.value, str)):
                raise TypeError(
                    f"extract[{alias!r}] must be a path string, got {type(path).__name__}"
                )
            as_dict[alias] = path.value  # (as the official SDK's encoder writes it)
    return as_dict


def path_id(value: object, name: str = "thread_id") -> str:
    """An id that goes into a URL path segment.

    The generated code percent-encodes path parameters, which keeps ``/``, ``?`` and ``#`` in
    their segment; a whole segment of ``.`` or ``..`` would still be normalised into another
    path, and an empty one would hit a different endpoint, so those are refused here. Any
    other string is sent as the official SDK sends it: Aegra takes any string as a thread id,
    whitespace around it too, and its search returns such ids.
    """
    if not isinstance(value, str):
        if not _is_uuid(value):  # (a UUID is its string; nothing else)
            raise TypeError(f"{name} must be a str, got {type(value).__name__}")
        value = str(value)
    if not value:
        raise ValueError(f"{name} must be a non-empty id")
    if value in (".", ".."):
        raise ValueError(f"{name} must not be a dot segment, got {value!r}")
    if not value.isascii() and not _encodes(value):
        raise ValueError(
            f"{name} must be text that UTF-8 encodes (no lone surrogate), got {value!r}"
        )
    return value


def _encodes(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True

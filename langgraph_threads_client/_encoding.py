"""Request bodies as JSON bytes, encoded as the official SDK encodes them.

The SDK sends ``orjson.dumps(body, default, OPT_SERIALIZE_NUMPY | OPT_NON_STR_KEYS)``: orjson
writes dataclasses, datetimes (RFC 3339), dates, times, UUIDs, enums (their value), numpy
arrays, subclasses of str/int/float/dict/list and non-string keys (as strings) itself; its
``default`` turns pydantic v2 models (``model_dump()``, LangChain messages among them), pydantic
v1 models (``.dict()``) and sets into JSON. This module does the same, in the same order, so the
same arguments give the same bytes; it also encodes what the SDK refuses but this client hands
out: its own result models, and other mappings.

A value that cannot be encoded raises a ``TypeError`` that says where it sits in the body, e.g.
``values["messages"][0]: cannot encode object of type Foo``, before anything is sent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any, Final

import orjson

__all__ = ["encode_json"]

OPTIONS: Final = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def encode_json(body: Any) -> bytes:
    """The JSON bytes of a request body; a ``TypeError`` naming the path of what cannot be."""
    try:
        return orjson.dumps(body, default, OPTIONS)
    except orjson.JSONEncodeError:
        # The slow path, taken only on failure: find what orjson refused and where.
        raise TypeError(_describe_failure(body)) from None


def default(value: Any) -> Any:
    """What orjson cannot write itself: the official SDK's rules first, in its order."""
    if hasattr(value, "model_dump") and callable(value.model_dump):  # pydantic v2
        _refuse_class(value)
        return value.model_dump()
    if hasattr(value, "dict") and callable(value.dict):  # pydantic v1
        _refuse_class(value)
        return value.dict()
    if isinstance(value, set | frozenset):
        return list(value)
    # Beyond the SDK (which refuses these): mappings other than dicts (this client's results
    # are dicts, which orjson writes itself).
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot encode object of type {_type_name(value)}")


# The names of classes orjson writes: another class so named is shown with its module
# (uuid_utils' UUID, which orjson does not write, beside uuid.UUID, which it does).
_WRITTEN_NAMES: Final = frozenset({"UUID", "datetime", "date", "time"})


def _type_name(value: object) -> str:
    kind = type(value)
    if kind.__name__ in _WRITTEN_NAMES and kind.__module__ not in ("uuid", "datetime"):
        return f"{kind.__module__}.{kind.__qualname__}"
    return kind.__name__


def _refuse_class(value: Any) -> None:
    if isinstance(value, type):
        raise TypeError(f"cannot encode the class {value.__name__}; pass an instance of it")


def _describe_failure(body: Any) -> str:
    found = _find_failure(body)
    if found is None:  # pragma: no cover - orjson refused it, so some part is refused
        return "the request body cannot be encoded as JSON"
    path, reason = found
    return f"{path or 'body'}: {reason}"


def _find_failure(value: Any) -> tuple[str, str] | None:
    """The path of the innermost part of ``value`` that orjson refuses, and why.

    Down from ``value`` into the first part that is refused, each time, until no part is: a
    loop, not recursion, since a body may nest deeper than Python recurses (orjson refuses
    more than 254 levels; and a value that holds itself is endless).
    """
    reason = _refusal(value)
    if reason is None:
        return None
    path = ""
    depth = conversions = 0
    shallow_path = ""  # the path's first steps: what names a part nested too deep
    on_path: list[Any] = []  # (the parts themselves: their ids must not be reused meanwhile)
    on_path_ids: set[int] = set()
    while True:
        if id(value) in on_path_ids:
            return path, "circular reference"
        for key, key_reason in _bad_keys(value):
            return f"{path}[{key!r}]", key_reason
        on_path.append(value)
        on_path_ids.add(id(value))
        for key, child in _children(value):
            child_reason = _refusal(child)
            if child_reason is not None:
                value, path, reason = child, _step(path, key), child_reason
                if key is not _SAME_PLACE:
                    depth += 1
                    if depth <= _SHOWN_STEPS:
                        shallow_path = path
                else:
                    conversions += 1
                    if conversions > _MAX_CONVERSIONS:  # (new parts each time: no id repeats)
                        return shallow_path + "...", _ENDLESS
                break
        else:
            if reason is _TOO_DEEP:
                more = "..." if depth > _SHOWN_STEPS else ""
                return shallow_path + more, _TOO_DEEP
            return path, reason


# How many steps of the path name a part nested too deep (the whole path would be hundreds).
_SHOWN_STEPS: Final = 6
# More conversions down one path (a model's dump, a mapping's dict) than orjson makes (at most
# one a level, 254 levels): a value that makes new parts of itself as it is read (a mapping
# view of a dict that holds itself), which no id repeated would tell.
_MAX_CONVERSIONS: Final = 1024
_ENDLESS: Final = "a value that holds itself, or nested too deep, cannot be encoded"

_SAME_PLACE: Final = object()


def _children(value: Any) -> Iterator[tuple[object, Any]]:
    """The parts of ``value`` that orjson writes, each with its key or index."""
    if isinstance(value, dict):
        yield from dict.items(value)  # (as orjson reads a dict subclass: its own entries)
    elif isinstance(value, list):
        yield from enumerate(list.__iter__(value))  # (a list subclass too: its own items)
    elif type(value) is tuple:  # (orjson writes no subclass: a namedtuple goes to default())
        yield from enumerate(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield field.name, getattr(value, field.name)
    else:
        try:
            converted = default(value)
        except Exception:  # refused here, or model_dump() failed: ``value`` is the culprit
            return
        yield _SAME_PLACE, converted  # a model's dump is written where the model is


def _step(path: str, key: object) -> str:
    if key is _SAME_PLACE:
        return path
    if not path and isinstance(key, str):
        return key  # a top-level key is the argument that gave it: values["messages"]
    if isinstance(key, str):
        return f"{path}[{orjson.dumps(key).decode()}]"
    # Any other key as Python writes it (``[None]``, ``[1.5]``, ``[True]``): as the argument
    # holds it, and as a refused key is named.
    return f"{path}[{key!r}]"


def _bad_keys(value: Any) -> Iterator[tuple[Any, str]]:
    """The keys of ``value`` that orjson refuses, each with why."""
    if isinstance(value, dict):
        for key in dict.keys(value):  # (as orjson reads a dict subclass: its own keys)
            try:
                orjson.dumps({key: None}, option=OPTIONS)
            except orjson.JSONEncodeError as exc:
                yield key, _key_reason(key, exc)


def _key_reason(key: object, exc: orjson.JSONEncodeError) -> str:
    reason = f"cannot encode a key of type {type(key).__name__}"
    if isinstance(key, int):
        return f"{reason}: integers must fit in 64 bits"
    if str(exc).startswith("Dict key must"):
        return reason  # (a type orjson writes no key of)
    return f"{reason} ({exc})"  # (a type it writes, but not this one: a surrogate, a tzinfo)


def _refusal(value: Any) -> str | None:
    """Why orjson refuses ``value`` (``None`` when it does not)."""
    try:
        orjson.dumps(value, default, OPTIONS)
    except orjson.JSONEncodeError as exc:
        return _reason(value, exc)
    return None


# orjson's reason for more than 254 levels of arrays and objects (a cycle is found before).
_ORJSON_TOO_DEEP: Final = "Recursion limit reached"
_TOO_DEEP: Final = "arrays and objects nested more than 254 levels deep cannot be encoded"


def _reason(value: Any, exc: orjson.JSONEncodeError) -> str:
    cause = exc.__cause__
    if cause is None and str(exc) == _ORJSON_TOO_DEEP:
        return _TOO_DEEP
    if isinstance(cause, TypeError) and str(cause).startswith("cannot encode"):
        return str(cause)  # from default(): the type it refuses
    if cause is not None:  # model_dump() or .dict() failed
        return f"cannot encode object of type {_type_name(value)}: {cause!r}"
    if isinstance(value, int):
        return f"cannot encode int {value}: integers must fit in 64 bits"
    if isinstance(value, str):
        return f"cannot encode str: {exc}"
    return f"cannot encode object of type {_type_name(value)} ({exc})"

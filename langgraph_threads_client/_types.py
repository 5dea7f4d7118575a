"""The facade's types: the ``NOT_GIVEN`` sentinel, option aliases, the API's strings, and what
a generated operation offers the facade (``Operation``).

The ``Literal`` types are the strings the API accepts, for annotations. Each is the values of
one of the generated enums (``tests/unit/test_types.py`` checks it), and every argument typed
with one takes the enum member as well.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Final, Literal, Protocol, TypeVar

import httpx

__all__ = [
    "NOT_GIVEN",
    "HeaderTypes",
    "IdLike",
    "IfExistsName",
    "NotGiven",
    "ObjectLike",
    "Operation",
    "QueryParams",
    "SelectName",
    "SortByName",
    "SortOrderName",
    "StreamModeName",
    "ThreadStatusName",
    "TimeoutTypes",
    "TtlStrategyName",
    "URLLike",
]


class NotGiven(enum.Enum):
    """Marks an argument the caller did not pass (where ``None`` has a meaning of its own)."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN

_Result_co = TypeVar("_Result_co", covariant=True)


class Operation(Protocol[_Result_co]):
    """A generated endpoint module (``_generated.api.threads.get_thread``, ...), as the facade
    uses it: ``parse_response`` turns a successful answer into the documented result."""

    def parse_response(self, response: httpx.Response, /) -> _Result_co: ...


# As httpx takes it (and the official SDK passes it on): seconds, None (no limit), an
# httpx.Timeout, or the four (connect, read, write, pool) in a tuple, or the first two (the
# others then have no limit).
_Seconds = float | None


class _AnyTimeout(Protocol):
    """httpx2's ``Timeout``, taken by shape (httpx2 is an optional extra: naming its class
    would leave the signatures partly unknown where it is not installed). At run time, a
    ``Timeout`` of either library; another object of this shape is refused."""

    def as_dict(self) -> dict[str, float | None]: ...


TimeoutTypes = (
    float
    | tuple[_Seconds, _Seconds]
    | tuple[_Seconds, _Seconds, _Seconds, _Seconds]
    | httpx.Timeout
    | _AnyTimeout
    | None
)


# What a JSON object argument (metadata, a values filter, a checkpoint) takes, as the official
# SDK's encoder does: a mapping, or an object the request holds as its fields.
class _PydanticModel(Protocol):  # pydantic v2 (LangChain's messages among them)
    def model_dump(self) -> dict[str, Any]: ...


class _PydanticV1Model(Protocol):
    def dict(self) -> dict[str, Any]: ...


class _Dataclass(Protocol):
    __dataclass_fields__: ClassVar[dict[str, Any]]


ObjectLike = Mapping[str, Any] | _PydanticModel | _PydanticV1Model | _Dataclass


class _AnyUUID(Protocol):
    """Another library's UUID (uuid_utils', asyncpg's), taken by shape. At run time, an
    object of a class named ``UUID``, whose string is the id."""

    @property
    def hex(self) -> str: ...
    @property
    def urn(self) -> str: ...


# A thread's or a checkpoint's id: its string, or a UUID (as a database returns one), sent as
# its string.
IdLike = str | uuid.UUID | _AnyUUID


class _AnyURL(Protocol):
    """httpx2's ``URL``, taken by shape (as ``_AnyTimeout``). At run time, a ``URL`` of
    either library; another object of this shape is refused."""

    @property
    def raw_path(self) -> bytes: ...
    def copy_with(self, **kwargs: Any) -> Any: ...


# The server's URL: its text, or an httpx (or httpx2) ``URL``.
URLLike = str | httpx.URL | _AnyURL

# What httpx (and the official SDK) take as ``params``: a mapping (a value may be a list of
# values), a sequence of pairs (any sequence: a list of pairs of str is one, where a list of a
# union would refuse it), or a query string.
_QueryValue = str | int | float | bool | None
QueryParams = (
    Mapping[str, _QueryValue | Sequence[_QueryValue]]
    | Sequence[tuple[str, _QueryValue]]
    | str
    | bytes
)

# What httpx takes as ``headers`` (the official SDK hands them on as given): a mapping, or pairs,
# of text or bytes (bytes are sent as they are).
HeaderTypes = (
    Mapping[str, str]
    | Mapping[bytes, bytes]
    | list[tuple[str, str]]
    | list[tuple[bytes, bytes]]
    | tuple[tuple[str, str], ...]
    | tuple[tuple[bytes, bytes], ...]
)

ThreadStatusName = Literal["idle", "busy", "interrupted", "error"]  # ThreadStatus
SortByName = Literal[  # ThreadSortBy
    "thread_id", "status", "created_at", "updated_at", "state_updated_at"
]
SortOrderName = Literal["asc", "desc"]  # SortOrder
SelectName = Literal[  # ThreadSelectField
    "thread_id",
    "created_at",
    "updated_at",
    "state_updated_at",
    "metadata",
    "config",
    "status",
    "values",
    "interrupts",
]
IfExistsName = Literal["raise", "do_nothing"]  # IfExists
TtlStrategyName = Literal["delete", "keep_latest"]  # TtlStrategy (a TTL's, and prune's)
# join_stream's modes (the stream endpoint is not generated: no enum, see openapi.yaml).
StreamModeName = Literal["run_modes", "lifecycle", "state_update"]

"""Contains some shared types for properties"""

import json
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import orjson
from attrs import define


class Unset:
    """The type of ``UNSET``: a field the JSON did not have, or an argument not given."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


# orjson builds a document of the whole body before the Python objects: its peak memory is
# about 17x the body against 6x for the standard library, and past a megabyte or so its speed
# lead is gone (both about 65 ms for 4 MB of history). Large bodies go to the standard library.
ORJSON_MAX_BYTES = 1 << 20


def loads(content: bytes | str) -> Any:
    """Decode JSON: orjson up to ``ORJSON_MAX_BYTES`` (about twice as fast), the standard
    library above it (a third of orjson's peak memory, as fast there).

    What orjson refuses but the standard library reads (integers beyond 64 bits, NaN) falls
    back to ``json.loads``, so the result never depends on which decoder ran.
    """
    if len(content) > ORJSON_MAX_BYTES:
        return json.loads(content)
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "loads"]

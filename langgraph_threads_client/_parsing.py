"""The I/O-free parsing of answers: the typed result, or the typed error.

``parse`` raises the error for an error status and the validation error for a body that does not
match the spec; the parsers below are the facade's own, where the generated one is looser than
the spec or a method returns something else (a page, a count, nothing).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

import httpx

from ._error_map import status_error, unusable_answer, validation_error
from ._generated import models
from ._generated.api import threads as api
from ._generated.errors import UnexpectedStatus
from ._generated.types import ShapeError, loads, model_list, unexpected
from ._pages import ThreadPage, thread_page

__all__ = [
    "parse",
    "parse_count",
    "parse_nothing",
    "parse_selections",
    "parse_state_selection",
    "parse_state_selections",
    "parse_thread_page",
    "parse_threads",
    "parse_update",
]

T = TypeVar("T")


def parse(response: httpx.Response, parser: Callable[[httpx.Response], T], path: str) -> T:
    """Raise the typed error for an error status; else parse the body, or raise if it is
    invalid. ``path``: the operation's own (see ``status_error``)."""
    if not response.is_success:
        raise status_error(response, path)
    try:
        try:
            return parser(response)
        except UnexpectedStatus:
            if response.status_code == 200:
                raise
            # Servers differ in the success status of an answer (200, 201, ...): a body
            # documented for 200 is taken under any success status.
            return parser(_as_status_200(response))
    except UnexpectedStatus as exc:
        raise validation_error(
            response, f"undocumented success status {response.status_code}"
        ) from exc
    except ShapeError as exc:
        # Where and what: "$[3].interrupts: expected object, found array".
        raise validation_error(response, str(exc)) from exc
    except _NoResult as exc:
        raise unusable_answer(response, f"with no content, where {exc} was expected") from exc
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        # json.JSONDecodeError is a ValueError; the facade's own checks raise TypeError.
        if isinstance(exc, ValueError) and (not_json := _what_is_not_json(response, exc)):
            raise unusable_answer(response, not_json, decoding=exc) from exc
        raise validation_error(response, f"{type(exc).__name__}: {exc}") from exc


def _what_is_not_json(response: httpx.Response, exc: ValueError) -> str | None:
    """What the body is, where it could not be decoded as JSON; None for JSON the decoders
    refuse for other reasons (nested too deep)."""
    if not response.content.strip():
        return "with an empty body, where JSON was expected"
    content_type = response.headers.get("content-type", "").partition(";")[0].strip()
    if content_type and "json" not in content_type:
        # (a proxy's or a login's page: its title follows, where it has one)
        return f"with a {content_type} body, where JSON was expected"
    if isinstance(exc, json.JSONDecodeError):
        return f"with a body that is not JSON ({exc})"
    return None


class _NoResult(Exception):
    """A success answer without the result the call returns (``str()``: what was expected)."""


def _as_status_200(response: httpx.Response) -> httpx.Response:
    return httpx.Response(
        200, headers=response.headers, content=response.content, request=response.request
    )


# Parsers where the generated one is looser than the spec (see openapi.yaml).


def parse_threads(response: httpx.Response) -> list[models.Thread]:
    """Search results without ``select``: every item must be a whole ``Thread``."""
    return model_list(loads(response.content), models.Thread)


def parse_thread_page(response: httpx.Response, *, offset: int, limit: int) -> ThreadPage:
    """A page of full threads, with the server's pagination headers."""
    return thread_page(response, parse_threads(response), offset=offset, limit=limit)


def parse_selections(response: httpx.Response) -> list[models.ThreadSelection]:
    """Search results with ``select``: items hold only the selected fields."""
    return model_list(loads(response.content), models.ThreadSelection)


def parse_state_selection(response: httpx.Response) -> models.ThreadStateSelection:
    """A state read with ``select``: the selected fields only, where the server honours it."""
    return models.ThreadStateSelection.from_dict(loads(response.content))


def parse_state_selections(response: httpx.Response) -> list[models.ThreadStateSelection]:
    """A history read with ``select``."""
    return model_list(loads(response.content), models.ThreadStateSelection)


def parse_update(response: httpx.Response) -> models.Thread | None:
    """``update``'s answer: the thread, or None where the request asked for an answer without
    it (``Prefer: return=minimal``: from ``return_minimal=True``, or a header the caller gave,
    per call or on the client, as code written for the official SDK gives it)."""
    if _asks_minimal(response.request):
        return _parse_minimal_update(response)
    return _parse_updated_thread(response)


def _asks_minimal(request: httpx.Request) -> bool:
    preferences = request.headers.get_list("prefer", split_commas=True)
    return any(p.replace(" ", "").lower() == "return=minimal" for p in preferences)


def _parse_updated_thread(response: httpx.Response) -> models.Thread:
    thread = api.update_thread.parse_response(response)
    if thread is None:  # (a 204, which answers a minimal update)
        raise _NoResult("the updated thread")
    return thread


def _parse_minimal_update(response: httpx.Response) -> models.Thread | None:
    """None for the server's answer without the thread (204 with no body; ``null`` or
    ``{}``, which the official SDK returns as they are: both falsy, as None is). Servers that
    do not read ``Prefer`` (langgraph-api 0.2.125 and 0.6.39, Aegra 0.11) answer with the
    thread, which is returned, as the official SDK returns it."""
    body = response.content.strip()
    if not body or body == b"null" or _is_empty_object(body):
        return None
    return _parse_updated_thread(response)


def _is_empty_object(body: bytes) -> bool:
    return body.startswith(b"{") and body.endswith(b"}") and not body[1:-1].strip()


def parse_nothing(response: httpx.Response) -> None:
    """For calls whose caller asked for no result (any success status will do)."""
    return None


def parse_count(response: httpx.Response) -> int:
    """The count, as an ``int``: a whole number written as a float (``5.0``) or as a string of
    digits (``"5"``), which the official SDK returns as it reads them, is that integer too;
    ``true`` or ``false`` is returned as sent (a ``bool`` is an ``int``), as by the SDK."""
    count: object
    try:
        count = api.count_threads.parse_response(response)
    except ShapeError:  # (not an integer: perhaps one written otherwise, below)
        count = loads(response.content)
    if isinstance(count, int):  # (a bool too, as sent: the SDK takes it, as the models do)
        return count
    # (Bounded where a float still holds every integer, and a string of digits an int64.)
    if isinstance(count, float) and count.is_integer() and abs(count) <= _EXACT_FLOAT_INTS:
        return int(count)
    digits = count.strip() if isinstance(count, str) else ""
    if digits.isascii() and digits.isdigit() and len(digits) <= _INT64_DIGITS:
        return int(digits)
    raise unexpected("integer", count)


_EXACT_FLOAT_INTS = 2**53
_INT64_DIGITS = 19

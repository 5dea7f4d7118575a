"""``RequestOptions``: what one call adds to the client's own (headers, query, timeout, retries).

Every method takes these as keyword arguments, as the official SDK's do; they travel from the
method to ``HTTP.send()`` / ``HTTP.stream()`` as one value, built by ``request_options()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ._core import NOT_GIVEN, NotGiven, QueryParams, TimeoutTypes

__all__ = ["NO_OPTIONS", "RequestOptions", "request_options"]


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options; each field left at its default keeps the client's setting.

    ``headers`` and ``params`` are added to (and override) the client's and the operation's;
    ``timeout`` (seconds, an ``httpx.Timeout``, ``None`` for none) and ``max_retries``
    replace the client's.
    """

    headers: Mapping[str, str] | None = None
    params: QueryParams | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN


# Most calls pass no option: they share this one value rather than allocate their own.
NO_OPTIONS: Final = RequestOptions()


def request_options(
    headers: Mapping[str, str] | None,
    params: QueryParams | None,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The options of one call, from the method's keyword arguments of the same names."""
    if headers is None and params is None and timeout is NOT_GIVEN and max_retries is NOT_GIVEN:
        return NO_OPTIONS
    return RequestOptions(headers, params, timeout, max_retries)

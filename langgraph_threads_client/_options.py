"""``RequestOptions``: what one call adds to the client's own (headers, query, timeout, retries).

Every method takes these as keyword arguments, as the official SDK's do; they travel from the
method to ``HTTP.send()`` / ``HTTP.open_stream()`` as one value, built by ``request_options()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypedDict

import httpx

from ._encoding import encode_json
from ._types import NOT_GIVEN, NotGiven, QueryParams, TimeoutTypes

__all__ = [
    "JSON_CONTENT",
    "NO_OPTIONS",
    "OptionArguments",
    "RequestOptions",
    "merge_request",
    "request_options",
]


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


class OptionArguments(TypedDict, total=False):
    """The options as keyword arguments, for overloads that take them as ``**arguments``."""

    headers: Mapping[str, str] | None
    params: QueryParams | None
    timeout: TimeoutTypes | NotGiven
    max_retries: int | NotGiven


# The header of a request with a JSON body.
JSON_CONTENT: Final = {"Content-Type": "application/json"}

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


def merge_request(
    request: dict[str, Any],
    *,
    base_url: str,
    headers: Mapping[str, str],
    json_headers: Mapping[str, str],
    call_headers: Mapping[str, str] | None,
    call_params: QueryParams | None,
    timeout: TimeoutTypes | NotGiven,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for one call.

    ``request`` comes from a generated ``build_request``; per-call headers and query
    parameters override the client's and the operation's. Its JSON body is encoded here
    (``_encoding``): a ``TypeError`` names what cannot be, before anything is sent.
    ``json_headers`` are ``headers`` with the JSON content type, for a request with a body.
    """
    # Only what is there: httpx spends microseconds on every headers or params argument,
    # even an empty one (an empty params dict alone costs ~15% of a small call).
    merged = {key: value for key, value in request.items() if value and key != "json"}
    merged["url"] = base_url + request["url"]
    if request.get("json") is not None:
        # Encoded here, as the official SDK encodes it, so that a value that cannot be
        # encoded fails before anything is sent, naming where it is.
        merged["content"] = encode_json(request["json"])
        headers = json_headers
    operation_headers = request.get("headers")
    if call_headers or operation_headers:
        merged["headers"] = {**headers, **(operation_headers or {}), **(call_headers or {})}
    elif headers:
        merged["headers"] = headers  # (as given: an httpx.Headers is copied, not encoded again)
    if call_params:
        merged["params"] = _merge_params(merged.get("params"), call_params)
    if timeout is not NOT_GIVEN:
        merged["timeout"] = timeout
    return merged


def _merge_params(operation: Mapping[str, Any] | None, call: QueryParams) -> list[tuple[str, str]]:
    """The operation's query parameters with the call's over them, as pairs: the call's may
    come in any form httpx takes (a mapping, pairs, a query string), a name repeated."""
    added = httpx.QueryParams(call)
    kept = httpx.QueryParams(operation or {}).multi_items()
    return [(key, value) for key, value in kept if key not in added] + added.multi_items()

"""The HTTP stack a client runs on (httpx or httpx2): its timeouts and its pool's size."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

import httpx
import httpx2
import pytest

from langgraph_threads_client._defaults import DEFAULT_POOL_CONNECTIONS, UNLIMITED_POOL_IN_FLIGHT
from langgraph_threads_client._stack import HTTPX, _keep_alive, of_client, pool_limit


def pool(**attributes: object) -> object:
    """A client whose transport's pool holds ``attributes``."""
    return SimpleNamespace(_transport=SimpleNamespace(_pool=SimpleNamespace(**attributes)))


@pytest.mark.parametrize(
    "value",
    [
        2.5,
        None,
        httpx.Timeout(3.0, connect=1.0),
        httpx2.Timeout(3.0, connect=1.0),
        httpx2.Timeout(None, read=7.0),
    ],
)
def test_a_timeout_of_either_library_becomes_the_stacks_own(value: Any) -> None:
    with httpx2.Client() as client2:
        for stack, library in ((HTTPX, httpx), (of_client(client2), httpx2)):
            timeout = stack.timeout(value)
            assert type(timeout) is library.Timeout
            expected = value.as_dict() if hasattr(value, "as_dict") else {"connect": value}
            assert {key: timeout.as_dict()[key] for key in expected} == expected


@pytest.mark.parametrize("max_connections", [None, "10", 0, -1, 10.0])
def test_a_pool_of_unknown_size_is_taken_as_httpxs_default(max_connections: object) -> None:
    """A transport that is not the library's own (a wrapper, a mock) may hold anything there."""
    attributes = {} if max_connections is None else {"_max_connections": max_connections}
    assert pool_limit(pool(**attributes)) == DEFAULT_POOL_CONNECTIONS
    assert pool_limit(SimpleNamespace(_transport=None)) == DEFAULT_POOL_CONNECTIONS
    assert pool_limit(pool(_max_connections=1)) == 1


def test_a_large_pool_is_its_size_and_only_an_unlimited_one_is_capped() -> None:
    large = UNLIMITED_POOL_IN_FLIGHT + 1
    assert pool_limit(pool(_max_connections=large)) == large
    assert pool_limit(pool(_max_connections=sys.maxsize)) == UNLIMITED_POOL_IN_FLIGHT


def test_a_keep_alive_limit_that_is_no_integer_is_unknown() -> None:
    assert _keep_alive(pool(_max_keepalive_connections=5)) == 5
    assert _keep_alive(pool(_max_keepalive_connections="5")) is None
    assert _keep_alive(pool()) is None

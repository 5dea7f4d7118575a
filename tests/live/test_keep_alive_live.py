"""A call made about 5 s after the last, over a link with latency, on the clients made here.

The real server (uvicorn) closes a connection idle for 5 s. A client that keeps connections for
5 s too (httpx's default) sends a call made just under 5 s after the last on the kept one while
the server's close is on its way: a ``create`` (not safe to send twice, so not retried) failed
with "Server disconnected without sending a response", for every other call of a script
polling at that pace. The clients made here use a connection again for 4 s at most.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from langgraph_threads_client import get_client, get_sync_client
from langgraph_threads_client._defaults import OWN_KEEPALIVE_EXPIRY
from tests.live.tcp_proxy import proxy

pytestmark = pytest.mark.live

SERVER_KEEP_ALIVE = 5.0  # uvicorn's default, which `langgraph dev` and Aegra run with
ONE_WAY_DELAY = 0.1
# Sent when the server's close is on its way: its idle time is the gap, plus the answer's and
# the call's trips, past its 5 s; the client's, short of it (the close has not come).
GAP = SERVER_KEEP_ALIVE - ONE_WAY_DELAY


def test_the_own_pools_use_a_connection_again_only_well_before_the_server_closes_it() -> None:
    assert OWN_KEEPALIVE_EXPIRY <= SERVER_KEEP_ALIVE - 2 * 0.5  # (round trips up to 0.5 s)
    with get_sync_client(url="http://server") as sync_client:
        async_client = get_client(url="http://server")
        for client in (sync_client, async_client):
            transport: Any = client.threads._http.client._transport
            assert transport._pool._keepalive_expiry == OWN_KEEPALIVE_EXPIRY
        asyncio.run(async_client.aclose())


def test_a_sync_call_five_seconds_after_the_last_goes_out_on_a_live_connection(
    live_url: str,
) -> None:
    with proxy(live_url, cut_after=10**12, delay=ONE_WAY_DELAY) as link:
        with get_sync_client(url=link.url, api_key=None) as client:
            client.threads.create()
            time.sleep(GAP)
            created = client.threads.create()  # raised APIConnectionError at a 5 s expiry
            assert created.thread_id
        assert link.connections == 2  # the kept connection was not used again


def test_an_async_call_five_seconds_after_the_last_goes_out_on_a_live_connection(
    live_url: str,
) -> None:
    async def scenario(url: str) -> str:
        async with get_client(url=url, api_key=None) as client:
            await client.threads.create()
            await asyncio.sleep(GAP)
            return (await client.threads.create()).thread_id

    with proxy(live_url, cut_after=10**12, delay=ONE_WAY_DELAY) as link:
        assert asyncio.run(scenario(link.url))
        assert link.connections == 2

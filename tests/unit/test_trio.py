"""The async client under trio: its waits (retries, reconnects, the admission queue) are
anyio's, so it runs wherever httpx's async client does, not only under asyncio."""

from __future__ import annotations

import httpx
import trio

from langgraph_threads_client import StreamPart, get_client
from tests.unit.test_join_stream import SSE, THREAD, THREAD_ID

STREAM = (
    b'event: metadata\r\ndata: {"run_id":"r1"}\r\nid: 1-0\r\n\r\n'
    b'event: values\r\ndata: {"count":1}\r\nid: 2-0\r\n\r\n'
)


def test_calls_retries_streams_and_a_queue_run_under_trio() -> None:
    calls: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers=SSE, content=STREAM)
        if len(calls) == 1:  # the first call: a transient 503, retried after Retry-After
            return httpx.Response(503, headers={"retry-after": "0.01"})
        return httpx.Response(200, json=THREAD)

    results: list[object] = []

    async def main() -> None:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(handle),
            base_url="http://trio.test",
            # A small pool: most of the 50 calls below wait in the admission queue.
            limits=httpx.Limits(max_connections=2),
        )
        async with http, get_client(http_client=http) as client:
            thread = await client.threads.get(THREAD_ID)
            assert thread.thread_id == THREAD_ID
            assert len(calls) == 2

            async def one() -> None:
                results.append(await client.threads.get(THREAD_ID))

            async with trio.open_nursery() as nursery:
                for _ in range(50):
                    nursery.start_soon(one)

            parts = []
            async with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
                async for part in stream:
                    parts.append(part)
                    if len(parts) == 2:
                        break
            assert parts == [
                StreamPart("metadata", {"run_id": "r1"}, "1-0"),
                StreamPart("values", {"count": 1}, "2-0"),
            ]

    trio.run(main)
    assert len(results) == 50

"""join_stream throughput: events per second on one large synthetic thread stream.

Every candidate reads the same bytes, shaped like the LangGraph join stream (CRLF frames of
event, one JSON data line and id, a heartbeat comment every 100 events):

- parsers alone, fed 64 KiB chunks from memory: this client's decoder, the official SDK's,
  httpx-sse's (when installed), and the floor, a bare ``bytes.split(b"\\n")``;
- whole clients over a loopback HTTP server, sync and async: ``join_stream`` of this client
  and of the official SDK (events decoded from JSON, as a caller receives them), and the raw
  httpx floor (``iter_bytes`` and a line split, nothing decoded).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx

from bench._harness import interleaved_medians, loopback_server, table
from langgraph_threads_client import get_client, get_sync_client
from langgraph_threads_client._sse import SSEDecoder

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
CHUNK = 64 * 1024


def synthetic_stream(events: int) -> bytes:
    frames = []
    for n in range(events):
        if n % 100 == 0:
            frames.append(b": heartbeat\r\n\r\n")
        data = json.dumps(
            {"messages": [{"type": "ai", "content": f"token {n} " * 8, "id": f"run-{n}"}], "n": n},
            separators=(",", ":"),
        )
        millis = 1_732_480_000_000 + n // 3
        frames.append(f"event: values\r\ndata: {data}\r\nid: {millis}-0\r\n\r\n".encode())
    return b"".join(frames)


def chunks(body: bytes) -> list[bytes]:
    return [body[i : i + CHUNK] for i in range(0, len(body), CHUNK)]


def parse_ours(parts: list[bytes]) -> int:
    decoder = SSEDecoder()
    return sum(len(decoder.feed(chunk)) for chunk in parts)


def parse_sdk(parts: list[bytes]) -> int:
    from langgraph_sdk.sse import BytesLineDecoder
    from langgraph_sdk.sse import SSEDecoder as SdkDecoder

    lines, decoder, count = BytesLineDecoder(), SdkDecoder(), 0
    for chunk in parts:
        for line in lines.decode(chunk):
            if decoder.decode(bytes(line)) is not None:
                count += 1
    return count


def parse_httpx_sse(parts: list[bytes]) -> int:
    from httpx_sse._decoders import SSEDecoder as HttpxSseDecoder
    from httpx_sse._decoders import SSELineDecoder

    lines, decoder, count = SSELineDecoder(), HttpxSseDecoder(), 0
    for chunk in parts:
        for line in lines.decode(chunk.decode()):
            if decoder.decode(line) is not None:
                count += 1
    return count


def split_floor(parts: list[bytes]) -> int:
    return sum(chunk.count(b"\n") for chunk in parts) // 4


def run(events: int = 100_000, rounds: int = 5) -> str:
    body = synthetic_stream(events)
    parts = chunks(body)
    parsers: dict[str, Callable[[], object]] = {
        "this client's SSEDecoder": lambda: parse_ours(parts),
        "langgraph_sdk decoder": lambda: parse_sdk(parts),
        "bytes.split floor": lambda: split_floor(parts),
    }
    try:
        import httpx_sse  # noqa: F401

        parsers["httpx-sse decoder"] = lambda: parse_httpx_sse(parts)
    except ImportError:
        pass
    assert parse_ours(parts) == events
    parser_seconds = interleaved_medians(parsers, rounds=rounds)

    def route(path: str) -> tuple[int, str, bytes]:
        if path.startswith(f"/threads/{THREAD_ID}/stream"):
            return 200, "text/event-stream", body
        thread = {"thread_id": THREAD_ID, "created_at": "2026-11-24T00:00:00+00:00",
                  "updated_at": "2026-11-24T00:00:00+00:00",
                  "state_updated_at": "2026-11-24T00:00:00+00:00",
                  "metadata": {}, "status": "busy", "config": {}}  # fmt: skip
        return 200, "application/json", json.dumps(thread).encode()

    with loopback_server(route) as url:
        clients = client_candidates(url, events)
        client_seconds = interleaved_medians(clients, rounds=rounds)

    rows = []
    ours = parser_seconds["this client's SSEDecoder"]
    for name, seconds in parser_seconds.items():
        rows.append(["parse", name, f"{events / seconds:,.0f}", f"{seconds / ours:.2f}"])
    for form in ("sync", "async"):
        reference = client_seconds[f"{form}: this client join_stream"]
        for name, seconds in client_seconds.items():
            if name.startswith(form):
                rows.append([form, name, f"{events / seconds:,.0f}", f"{seconds / reference:.2f}"])
    return table(["kind", "candidate", "events/s (median)", "time vs this client"], rows)


def client_candidates(url: str, events: int) -> dict[str, Callable[[], object]]:
    from langgraph_sdk import get_client as sdk_get_client
    from langgraph_sdk import get_sync_client as sdk_get_sync_client

    def ours_sync() -> None:
        with get_sync_client(url=url, api_key=None) as client:
            count = 0
            with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
                for _ in stream:
                    count += 1
                    if count == events:
                        break

    async def ours_async() -> None:
        async with get_client(url=url, api_key=None) as client:
            count = 0
            async with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
                async for _ in stream:
                    count += 1
                    if count == events:
                        break

    def sdk_sync() -> None:
        client = sdk_get_sync_client(url=url, api_key=None)
        for count, _ in enumerate(client.threads.join_stream(THREAD_ID), start=1):
            if count == events:
                break
        client.http.client.close()

    async def sdk_async() -> None:
        client = sdk_get_client(url=url, api_key=None)
        count = 0
        async for _ in await client.threads.join_stream(THREAD_ID):
            count += 1
            if count == events:
                break
        await client.http.client.aclose()

    def floor_sync() -> None:
        with (
            httpx.Client() as client,
            client.stream("GET", f"{url}/threads/{THREAD_ID}/stream") as r,
        ):
            sum(chunk.count(b"\n") for chunk in r.iter_bytes())

    async def floor_async_run() -> None:
        stream_url = f"{url}/threads/{THREAD_ID}/stream"
        async with httpx.AsyncClient() as client, client.stream("GET", stream_url) as r:
            total = 0
            async for chunk in r.aiter_bytes():
                total += chunk.count(b"\n")

    return {
        "sync: this client join_stream": ours_sync,
        "sync: langgraph_sdk join_stream": sdk_sync,
        "sync: raw httpx + line split (floor)": floor_sync,
        "async: this client join_stream": lambda: asyncio.run(ours_async()),
        "async: langgraph_sdk join_stream": lambda: asyncio.run(sdk_async()),
        "async: raw httpx + line split (floor)": lambda: asyncio.run(floor_async_run()),
    }


if __name__ == "__main__":
    print(run())

"""join_stream throughput over a grid: event size x line ending x chunking, sync and async.

Every candidate reads the same response from a loopback server in its own process
(``bench._sse_server``): frames shaped as the LangGraph server writes them (``event:``,
``data:``, ``id:``, a heartbeat comment every 100 events), with event data of about 100 B,
1 KB, 10 KB and 100 KB (a ``values`` snapshot: a list of messages), CRLF or LF line ends, and
sent in 64 KiB HTTP chunks or one chunk per event (as a live server sends them). Candidates,
each decoding every event's JSON data, as a caller receives it:

- this client's ``join_stream`` (on httpx, and on httpx2) and the official SDK's ``join_stream``;
- httpx-sse (``iter_sse``) with ``orjson.loads`` of each event's data;
- the floor: raw httpx, ``bytes.split`` on LF with the unfinished line carried over, and
  ``orjson.loads`` of every ``data:`` line. Nothing that decodes the events can do less.

A thread's stream never ends by itself, so every candidate stops once it has the run's events,
in the middle of the response, as a caller stops with ``break``: its connection is closed, and
the next run opens a new one. (A floor that read on to the end of the response would keep its
connection, warmed up, for the next run: about 10% less time per event at 10 KB and 100 KB on
the machine of the committed results, which is not what decoding costs.)

Rounds are interleaved (every candidate once per round); the table gives medians and ratios,
of wall-clock time and of this process's CPU time (steadier on a loaded machine), and what
``orjson.loads`` of one event's data costs alone, which no candidate can go below.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import timeit
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import httpx
import httpx2
import orjson

from bench._harness import interleaved_wall_and_cpu, medians, paired_ratio, table
from langgraph_threads_client import (
    LangGraphClient,
    SyncLangGraphClient,
    get_client,
    get_sync_client,
)

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
SIZES = (100, 1_000, 10_000, 100_000)
ENDINGS = {"CRLF": "\r\n", "LF": "\n"}
CHUNKINGS = ("64 KiB", "per event")
CHUNK = 64 * 1024
BYTES_PER_RUN = 4_000_000  # of event data, whatever the event size

Candidate = Callable[[], object]


def event_data(size: int) -> str:
    """A ``values`` snapshot of about ``size`` bytes of JSON: messages, some non-ASCII text."""
    messages: list[dict[str, str]] = []
    snapshot = {"messages": messages}
    while len(json.dumps(snapshot, ensure_ascii=False)) < size - 30:
        n = len(messages)
        kind = "ai" if n % 2 else "human"
        content = f"Step {n}: the answer is {n * 7}, café déjà vu. " * (1 if size < 1000 else 3)
        messages.append({"type": kind, "content": content, "id": f"run-{n:04d}"})
    return json.dumps(snapshot, separators=(",", ":"), ensure_ascii=False)


def frames(size: int, end: str) -> tuple[list[bytes], int]:
    """The events of one run (and heartbeats), one ``bytes`` each, and how many events."""
    data = event_data(size)
    events = max(20, BYTES_PER_RUN // len(data.encode()))
    out = []
    for n in range(events):
        if n % 100 == 0:
            out.append(f": heartbeat{end}{end}".encode())
        # Ids as the server writes them: milliseconds, shared by events of the same one.
        frame = f'event: values{end}data: {{"step":{n},{data[1:]}{end}id: {1_732_480_000_000 + n // 3}-0{end}{end}'  # noqa: E501
        out.append(frame.encode())
    return out, events


def chunked_response(pieces: list[bytes]) -> bytes:
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
    )
    body = b"".join(b"%x\r\n%b\r\n" % (len(piece), piece) for piece in pieces)
    return head + body + b"0\r\n\r\n"


@contextmanager
def sse_server(response: bytes) -> Iterator[str]:
    with tempfile.NamedTemporaryFile(suffix=".http") as file:
        file.write(response)
        file.flush()
        process = subprocess.Popen(
            [sys.executable, "-m", "bench._sse_server", file.name],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        try:
            assert process.stdout is not None
            yield f"http://127.0.0.1:{int(process.stdout.readline())}"
        finally:
            process.terminate()
            process.wait()


@contextmanager
def candidates(url: str, events: int) -> Iterator[dict[str, tuple[Candidate, Candidate]]]:
    """Each candidate's (sync, async) run: receive ``events`` events, decoding their data.

    Clients are made once, outside the timed runs (making an httpx client loads the TLS
    certificates, tens of milliseconds here): what is timed is opening the stream and
    reading it. The async runs share one event loop.
    """
    # (installed by `make bench` only, not by `make test`, whose lint checks this file too)
    from httpx_sse import aconnect_sse, connect_sse  # pyright: ignore[reportMissingImports]
    from langgraph_sdk import get_client as sdk_get_client
    from langgraph_sdk import get_sync_client as sdk_get_sync_client

    stream_url = f"{url}/threads/{THREAD_ID}/stream"
    runner = asyncio.Runner()
    ours = get_sync_client(url=url, api_key=None)
    ours_async = get_client(url=url, api_key=None)
    http2, http2_async = httpx2.Client(), httpx2.AsyncClient()
    ours2 = get_sync_client(url=url, api_key=None, http_client=http2)
    ours2_async = get_client(url=url, api_key=None, http_client=http2_async)
    sdk = sdk_get_sync_client(url=url, api_key=None)
    sdk_async = sdk_get_client(url=url, api_key=None)
    raw = httpx.Client()
    raw_async = httpx.AsyncClient()

    def ours_sync_run(client: SyncLangGraphClient) -> None:
        with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
            for count, part in enumerate(stream, start=1):
                assert part.data is not None
                if count == events:
                    break

    async def ours_async_run(client: LangGraphClient) -> None:
        async with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
            count = 0
            async for part in stream:
                assert part.data is not None
                count += 1
                if count == events:
                    break

    def sdk_sync_run() -> None:
        for count, part in enumerate(sdk.threads.join_stream(THREAD_ID), start=1):
            assert part.data is not None
            if count == events:
                break

    async def sdk_async_run() -> None:
        count = 0
        async for part in await sdk_async.threads.join_stream(THREAD_ID):
            assert part.data is not None
            count += 1
            if count == events:
                break

    def httpx_sse_sync_run() -> None:
        with connect_sse(raw, "GET", stream_url) as source:
            count = 0
            for sse in source.iter_sse():
                if sse.data:  # it dispatches heartbeats as events without data
                    orjson.loads(sse.data)
                    count += 1
                    if count == events:
                        break

    async def httpx_sse_async_run() -> None:
        async with aconnect_sse(raw_async, "GET", stream_url) as source:
            count = 0
            async for sse in source.aiter_sse():
                if sse.data:
                    orjson.loads(sse.data)
                    count += 1
                    if count == events:
                        break

    def floor_sync_run() -> None:
        loads = orjson.loads
        with raw.stream("GET", stream_url) as response:
            rest = b""
            count = 0
            for chunk in response.iter_bytes():
                lines = (rest + chunk).split(b"\n")
                rest = lines.pop()
                for line in lines:
                    if line[:5] == b"data:":
                        loads(line[5:])
                        count += 1
                if count >= events:
                    break

    async def floor_async_run() -> None:
        loads = orjson.loads
        async with raw_async.stream("GET", stream_url) as response:
            rest = b""
            count = 0
            async for chunk in response.aiter_bytes():
                lines = (rest + chunk).split(b"\n")
                rest = lines.pop()
                for line in lines:
                    if line[:5] == b"data:":
                        loads(line[5:])
                        count += 1
                if count >= events:
                    break

    try:
        yield {
            "this client": (
                partial(ours_sync_run, ours),
                lambda: runner.run(ours_async_run(ours_async)),
            ),
            "this client on httpx2": (
                partial(ours_sync_run, ours2),
                lambda: runner.run(ours_async_run(ours2_async)),
            ),
            "langgraph_sdk": (sdk_sync_run, lambda: runner.run(sdk_async_run())),
            "httpx-sse": (httpx_sse_sync_run, lambda: runner.run(httpx_sse_async_run())),
            "floor": (floor_sync_run, lambda: runner.run(floor_async_run())),
        }
    finally:
        ours.close()
        http2.close()
        sdk.http.client.close()
        raw.close()
        runner.run(ours_async.aclose())
        runner.run(http2_async.aclose())
        runner.run(sdk_async.http.client.aclose())
        runner.run(raw_async.aclose())
        runner.close()


def _size_name(size: int) -> str:
    return f"{size // 1000} KB" if size >= 1000 else f"{size} B"


def orjson_seconds(size: int) -> float:
    """orjson.loads of one event's data alone: what every candidate spends at least."""
    data = event_data(size).encode()
    number = max(20, 2_000_000 // size)
    return min(timeit.repeat(lambda: orjson.loads(data), number=number, repeat=5)) / number


def rounds_for(size: int) -> int:
    """Rounds for events of ``size`` bytes: a run of 4 MB of large events takes tens of
    milliseconds (of small ones, about 150), short enough for a slow spell of the machine to
    cover it all: more rounds, for the median of the paired ratios to leave those out."""
    return 25 if size >= 10_000 else 9


def run(rounds: int | None = None, sizes: tuple[int, ...] = SIZES) -> tuple[str, dict[str, float]]:
    """The grid's table, and the worst ratios of this client against the SDK and the floor."""
    rows = []
    worst = {"vs sdk": 0.0, "vs floor": 0.0}
    for size in sizes:
        json_alone = f"{orjson_seconds(size) * 1e6:.1f} µs"
        for ending_name, ending in ENDINGS.items():
            pieces, events = frames(size, ending)
            whole = b"".join(pieces)
            for chunking in CHUNKINGS:
                if chunking == "64 KiB":
                    sent = [whole[i : i + CHUNK] for i in range(0, len(whole), CHUNK)]
                else:
                    sent = pieces
                with sse_server(chunked_response(sent)) as url, candidates(url, events) as runs:
                    for form, index in (("sync", 0), ("async", 1)):
                        walls, cpus = interleaved_wall_and_cpu(
                            {name: pair[index] for name, pair in runs.items()},
                            rounds=rounds or rounds_for(size),
                        )
                        wall = medians(walls)
                        vs_sdk = paired_ratio(walls, "this client", "langgraph_sdk")
                        vs_floor = paired_ratio(walls, "this client", "floor")
                        httpx2_vs_sdk = paired_ratio(
                            walls, "this client on httpx2", "langgraph_sdk"
                        )
                        worst["vs sdk"] = max(worst["vs sdk"], vs_sdk)
                        worst["vs floor"] = max(worst["vs floor"], vs_floor)
                        per_event = {name: f"{wall[name] / events * 1e6:.1f} µs" for name in wall}
                        rows.append(
                            [
                                _size_name(size),
                                ending_name,
                                chunking,
                                form,
                                per_event["this client"],
                                per_event["this client on httpx2"],
                                per_event["langgraph_sdk"],
                                per_event["httpx-sse"],
                                per_event["floor"],
                                json_alone,
                                f"{vs_sdk:.2f}",
                                f"{vs_floor:.2f}",
                                f"{paired_ratio(cpus, 'this client', 'langgraph_sdk'):.2f}",
                                f"{paired_ratio(cpus, 'this client', 'floor'):.2f}",
                                f"{httpx2_vs_sdk:.2f}",
                            ]
                        )
                        print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    headers = [
        "event data",
        "line end",
        "chunks",
        "form",
        "this client, per event",
        "this client on httpx2",
        "langgraph_sdk",
        "httpx-sse",
        "floor",
        "orjson.loads alone",
        "time vs SDK",
        "time vs floor",
        "CPU vs SDK",
        "CPU vs floor",
        "on httpx2: time vs SDK",
    ]
    return table(headers, rows), worst


if __name__ == "__main__":
    sizes = tuple(int(arg) for arg in sys.argv[1:]) or SIZES
    print(run(sizes=sizes)[0])

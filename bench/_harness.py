"""Shared benchmark plumbing: interleaved repetitions, medians, and a loopback HTTP server."""

from __future__ import annotations

import random
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[str], tuple[int, str, bytes]]


def turns(names: list[str], rounds: int, *, seed: int = 0) -> Iterator[str]:
    """The candidates' turns: each round runs every one once, in an order of its own (drawn
    from ``seed``, so that a run can be repeated).

    In a fixed order a candidate always runs after the same other one, whose code and garbage
    it inherits: this client's `get` on a caller's httpx client, run after raw httpx2 in every
    round, read 1.04x the same calls on its own httpx client run next, and 1.01x with the two
    swapped; in rounds of their own orders, 1.02-1.03x either way.
    """
    order = list(names)
    shuffle = random.Random(seed).shuffle
    for _ in range(rounds):
        shuffle(order)
        yield from order


def interleaved_rounds(
    candidates: dict[str, Callable[[], object]], *, rounds: int = 5
) -> dict[str, list[float]]:
    """Seconds of each candidate in each round, the candidates run in turn round after round
    (``turns``).

    Interleaving spreads machine noise (other processes, CPU frequency) over every candidate
    instead of penalising whichever happened to run during a slow moment.
    """
    timings: dict[str, list[float]] = {name: [] for name in candidates}
    for name in turns(list(candidates), rounds):
        start = time.perf_counter()
        candidates[name]()
        timings[name].append(time.perf_counter() - start)
    return timings


def interleaved_medians(
    candidates: dict[str, Callable[[], object]], *, rounds: int = 5
) -> dict[str, float]:
    """Median seconds of each candidate, interleaved (``interleaved_rounds``)."""
    return medians(interleaved_rounds(candidates, rounds=rounds))


def medians(timings: dict[str, list[float]]) -> dict[str, float]:
    """Each candidate's median over its rounds."""
    return {name: statistics.median(values) for name, values in timings.items()}


def paired_ratio(timings: dict[str, list[float]], name: str, reference: str) -> float:
    """The median, over rounds, of ``name``'s time over ``reference``'s in the same round.

    On a shared machine, slow spells last from tens of milliseconds to seconds: two candidates
    run one after the other mostly share one, where the medians of each, taken apart, may
    come from different ones (a row of 5 rounds of half a second once read 0.88x raw where
    the same calls read 0.97x in the next run). Short rounds, many of them, and a ratio taken
    within each round cancel that.
    """
    return statistics.median(a / b for a, b in zip(timings[name], timings[reference], strict=True))


def interleaved_wall_and_cpu(
    candidates: dict[str, Callable[[], object]], *, rounds: int = 5
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall-clock and CPU seconds (of this process) of each candidate in each round,
    interleaved (``turns``).

    CPU time leaves out the time this process waited for a core that other processes held:
    on a loaded machine it is the steadier measure of the client's own work (a server in
    another process is not counted).
    """
    wall: dict[str, list[float]] = {name: [] for name in candidates}
    cpu: dict[str, list[float]] = {name: [] for name in candidates}
    for name in turns(list(candidates), rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        candidates[name]()
        cpu[name].append(time.process_time() - start_cpu)
        wall[name].append(time.perf_counter() - start)
    return wall, cpu


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    route: Route

    def do_GET(self) -> None:
        status, content_type, body = self.route(self.path)
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def loopback_server(route: Route) -> Iterator[str]:
    """A threaded HTTP/1.1 server on 127.0.0.1 and a free port, answering GETs with ``route``."""
    handler = type("Handler", (_Handler,), {"route": staticmethod(route)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)

"""make compat: the operation walkthrough against every server, live, this client vs the SDK.

    python scripts/compat.py                          # every server of tests/server/fleet.py
    python scripts/compat.py --server aegra-0.11.0    # one of them
    python scripts/compat.py --output compat.md       # also write the table to a file

Builds a virtual environment per server version the first time (under ``.compat/``), starts
each server in turn (Aegra with a private PostgreSQL cluster), runs ``tests/walkthrough.py``
with this client and with the official SDK, each sync and async, and prints a table
server x operation -> works / not offered / fails. Exit status 1 when this client fails a call
that the SDK completes, or a step does not end as the server's profile expects.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from langgraph_sdk import get_client as sdk_async_client  # noqa: E402
from langgraph_sdk import get_sync_client as sdk_sync_client  # noqa: E402

from tests.forms import AsyncAsSync, threads_client  # noqa: E402
from tests.server import fleet  # noqa: E402
from tests.walkthrough import NOT_OFFERED, OPERATION, STEPS, WORKS, Walk, walk  # noqa: E402

FORMS = ("sync", "async")
SDK = {"sync": "sdk", "async": "sdk-async"}  # the official SDK in the same form
CLIENTS = (*FORMS, *SDK.values())
TIMEOUT_S = 60.0


@contextmanager
def threads_for(client: str, url: str) -> Iterator[Any]:
    if client == "sdk":
        sdk = sdk_sync_client(url=url, api_key=None, timeout=TIMEOUT_S)
        try:
            yield sdk.threads
        finally:
            sdk.close()
        return
    if client == "sdk-async":
        with asyncio.Runner() as runner:
            async_sdk = sdk_async_client(url=url, api_key=None, timeout=TIMEOUT_S)
            try:
                yield AsyncAsSync(async_sdk.threads, runner)
            finally:
                runner.run(async_sdk.aclose())
        return
    with threads_client(client, url=url, api_key=None, timeout=TIMEOUT_S) as threads:  # type: ignore[arg-type]
        yield threads


def expected(server: fleet.Server, step: str) -> str:
    if step in server.refuses:
        return server.refuses[step]
    return NOT_OFFERED if OPERATION[step] in server.not_offered else WORKS


Results = dict[str, dict[str, dict[str, str]]]  # server -> client -> step -> outcome


def run_server(server: fleet.Server, results: Results) -> None:
    print(f"== {server.title}: starting", file=sys.stderr, flush=True)
    with fleet.running(server) as url:
        for client in CLIENTS:
            with threads_for(client, url) as threads:
                run = Walk(threads, typed=client in FORMS, url=url, mark=f"compat-{client}")
                run.live = True
                outcomes = results.setdefault(server.key, {}).setdefault(client, {})
                for step, outcome, seconds in walk(run):
                    outcomes[step] = outcome
                    print(
                        f"   {client:5} {step:32} {outcome} ({seconds:.2f} s)",
                        file=sys.stderr,
                        flush=True,
                    )


def both_forms(outcomes: dict[str, dict[str, str]], step: str, clients: tuple[str, str]) -> str:
    """One outcome where the sync and async forms agree, else both."""
    found = [outcomes[client][step] for client in clients]
    if found[0] == found[1]:
        return found[0]
    return " / ".join(f"{form}: {result}" for form, result in zip(FORMS, found, strict=True))


def cell(server: fleet.Server, outcomes: dict[str, dict[str, str]], step: str) -> str:
    ours = both_forms(outcomes, step, ("sync", "async"))
    return f"{ours} · SDK: {both_forms(outcomes, step, ('sdk', 'sdk-async'))}"


def table(servers: list[fleet.Server], results: Results) -> str:
    head = "| operation | " + " | ".join(s.title for s in servers) + " |"
    lines = [head, "|---" * (len(servers) + 1) + "|"]
    for step in STEPS:
        cells = [cell(s, results[s.key], step) for s in servers]
        lines.append(f"| {step} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def problems(servers: list[fleet.Server], results: Results) -> list[str]:
    found = []
    for server in servers:
        outcomes = results[server.key]
        for step in STEPS:
            for form in FORMS:
                got = outcomes[form][step]
                if outcomes[SDK[form]][step] == WORKS and got != WORKS:
                    found.append(f"{server.title}: {step} ({form}): SDK works, this client {got}")
                elif got != expected(server, step):
                    found.append(
                        f"{server.title}: {step} ({form}): {got}, expected {expected(server, step)}"
                    )
    return found


def summary(servers: list[fleet.Server], results: Results) -> str:
    completed = dict.fromkeys(CLIENTS, 0)
    sdk_only = 0
    for server in servers:
        for step in STEPS:
            outcomes = {client: results[server.key][client][step] for client in CLIENTS}
            for client in CLIENTS:
                completed[client] += outcomes[client] == WORKS
            sdk_only += sum(
                outcomes[SDK[form]] == WORKS and outcomes[form] != WORKS for form in FORMS
            )
    calls = len(servers) * len(STEPS)
    return (
        f"Of {calls} calls per client and form: the SDK completes {completed['sdk']} (sync) and "
        f"{completed['sdk-async']} (async), this client {completed['sync']} (sync) and "
        f"{completed['async']} (async). Calls the SDK completes that this client fails in the "
        f"same form: {sdk_only}."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--server", action="append", choices=list(fleet.BY_KEY))
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    servers = [fleet.BY_KEY[key] for key in args.server] if args.server else list(fleet.SERVERS)
    results: Results = {}
    for server in servers:
        run_server(server, results)
    text = "\n\n".join([table(servers, results), summary(servers, results)])
    print(text)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n")
    found = problems(servers, results)
    for problem in found:
        print(f"PROBLEM {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

"""Response bodies shaped like the real server's (see tests/live), for offline benchmarks."""

from __future__ import annotations

import json
from typing import Any

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
TIMESTAMP = "2026-11-24T21:21:35.897101+00:00"


def thread(n: int = 0) -> dict[str, Any]:
    return {
        "thread_id": THREAD_ID,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
        "state_updated_at": TIMESTAMP,
        "metadata": {"user_id": f"user-{n}", "graph_id": "agent", "n": n},
        "status": "idle",
        "config": {"configurable": {}},
        "values": {"messages": [f"message {n}"], "count": n},
        "error": None,
        "interrupts": {},
    }


def state(n: int = 0, messages: int = 2) -> dict[str, Any]:
    checkpoint = {"checkpoint_id": f"1f1e84d0-75e8-6cef-8001-{n:012d}", "thread_id": THREAD_ID}
    return {
        "values": {
            "messages": [
                {"type": "ai", "content": f"message {i} of state {n}", "id": f"m-{n}-{i}"}
                for i in range(messages)
            ],
            "count": n,
        },
        "next": [],
        "tasks": [],
        "metadata": {"source": "loop", "step": n, "parents": {}},
        "created_at": TIMESTAMP,
        "checkpoint": {**checkpoint, "checkpoint_ns": ""},
        "parent_checkpoint": {**checkpoint, "checkpoint_ns": ""},
        "interrupts": [],
        "checkpoint_id": checkpoint["checkpoint_id"],
        "parent_checkpoint_id": checkpoint["checkpoint_id"],
    }


def message(n: int, i: int) -> dict[str, Any]:
    """A LangChain message as the server serialises it in graph state (about 500 bytes)."""
    kind = "human" if i % 2 == 0 else "ai"
    return {
        "content": f"Message {i} of state {n}: " + "lorem ipsum dolor sit amet " * 6,
        "additional_kwargs": {},
        "response_metadata": {} if kind == "human" else {"finish_reason": "stop", "model": "m"},
        "type": kind,
        "name": None,
        "id": f"run-{n:06d}-{i:04d}-7ed2-7453-b595-f65dd9614208",
        "example": False,
        **(
            {"tool_calls": [], "invalid_tool_calls": [], "usage_metadata": None}
            if kind == "ai"
            else {}
        ),
    }


def realistic_state(n: int = 0, size: int = 15_000) -> dict[str, Any]:
    """A state of about ``size`` bytes: messages, a pending task with an interrupt, checkpoints."""
    base = state(n, messages=0)
    interrupt = {
        "value": {"question": f"Approve step {n}?", "options": ["yes", "no"]},
        "id": f"i-{n}",
    }
    base["next"] = ["review"]
    base["tasks"] = [
        {
            "id": f"task-{n}",
            "name": "review",
            "path": ["__pregel_pull", "review"],
            "error": None,
            "interrupts": [interrupt],
            "checkpoint": None,
            "state": None,
            "result": None,
        }
    ]
    base["interrupts"] = [interrupt]
    base["metadata"] = {
        "source": "loop",
        "step": n,
        "parents": {},
        "run_id": f"run-{n}",
        "graph_id": "agent",
    }
    messages = base["values"]["messages"]
    while len(encoded(base)) < size:
        messages.append(message(n, len(messages)))
    return base


def thread_with_values(n: int, size: int) -> dict[str, Any]:
    """A thread as search returns it after runs: ``values`` is its latest state's (messages of
    about ``size`` bytes in all); every fourth thread waits on an interrupt."""
    base = thread(n)
    state = realistic_state(n, size)
    base["values"] = state["values"]
    if n % 4 == 0:
        base["status"] = "interrupted"
        base["interrupts"] = {f"task-{n}": state["interrupts"]}
    return base


def never_ran(n: int) -> dict[str, Any]:
    """A thread as the server sends it before its first run: no ``error`` nor ``interrupts``."""
    base = thread(n)
    del base["error"], base["interrupts"]
    base["values"] = None
    return base


def encoded(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


THREAD = encoded(thread())
SEARCH_100 = encoded([thread(n) for n in range(100)])
# A search that finds threads that ran and threads that never did (objects of two key sets).
SEARCH_MIXED = encoded([never_ran(n) if n % 3 == 0 else thread(n) for n in range(100)])
# Searches of threads that ran: their values sized like the states below.
SEARCHES_BY_VALUES_SIZE = {
    size: encoded([thread_with_values(n, size) for n in range(100)]) for size in (1_000, 15_000)
}
STATE = encoded(state())
HISTORY_100 = encoded([realistic_state(n) for n in range(100)])  # about 1.5 MB
# get_state of states of realistic sizes.
STATES_BY_SIZE = {size: encoded(realistic_state(0, size)) for size in (1_000, 15_000, 150_000)}


def big_history(target_bytes: int = 11 * 1000 * 1000) -> bytes:
    """About ``target_bytes`` of history: realistic states of about 15 KB each."""
    one = len(encoded(realistic_state(0)))
    return encoded([realistic_state(n) for n in range(target_bytes // one + 1)])

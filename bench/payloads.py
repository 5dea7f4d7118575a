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


def encoded(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


THREAD = encoded(thread())
SEARCH_100 = encoded([thread(n) for n in range(100)])
STATE = encoded(state())
HISTORY_100 = encoded([state(n) for n in range(100)])


def big_history(target_bytes: int = 10 * 1024 * 1024) -> bytes:
    """About ``target_bytes`` of history: states of 20 messages each."""
    one = len(encoded(state(0, messages=20)))
    return encoded([state(n, messages=20) for n in range(target_bytes // one + 1)])

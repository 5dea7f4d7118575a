"""A graph whose nodes read their own thread with ``get_client()`` and no ``url``, as graph code
written for the official SDK does: in-process calls to the server the graph runs in.

``graph``: two nodes in the same step (so reading the same state), one with this client and
one with the SDK; each returns what it read under its own key: the thread as the client
returned it, and plain values. ``join_graph``: a node that joins another thread's stream.
"""

import asyncio
from typing import Any, TypedDict

from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph_sdk import get_client as get_sdk_client

from langgraph_threads_client import get_client

# Made at import, as graph modules make theirs (before the server's app may exist).
client = get_client()
sdk_client = get_sdk_client()


class State(TypedDict, total=False):
    count: int
    ours: dict[str, Any]
    sdk: dict[str, Any]


# Per thread, where the two nodes wait for each other once both have read: a node that
# finished first would have its writes saved, and the other would read the state without it
# in ``next``.
both_read: dict[str, asyncio.Barrier] = {}


async def read_thread(threads: Any, config: RunnableConfig) -> dict[str, Any]:
    thread_id = config.get("configurable", {})["thread_id"]
    thread = await threads.get(thread_id)
    state = await threads.get_state(thread_id)
    found = await threads.search(metadata={"loopback": thread["metadata"]["loopback"]})
    await asyncio.wait_for(both_read.setdefault(thread_id, asyncio.Barrier(2)).wait(), 30)
    return {
        "thread": thread,  # the result itself, kept in the graph's state as the SDK's dict is
        "thread_id": thread["thread_id"],
        "status": thread["status"],
        "metadata": {"loopback": thread["metadata"]["loopback"]},
        "count": state["values"]["count"],
        "next": sorted(state["next"]),
        "found": [item["thread_id"] for item in found],
    }


async def ours(state: State, config: RunnableConfig) -> State:
    return {"ours": await read_thread(client.threads, config)}


async def sdk(state: State, config: RunnableConfig) -> State:
    return {"sdk": await read_thread(sdk_client.threads, config)}


builder = StateGraph(State)
builder.add_node("ours", ours)
builder.add_node("sdk", sdk)
builder.add_edge(START, "ours")
builder.add_edge(START, "sdk")
builder.add_edge("ours", END)
builder.add_edge("sdk", END)
graph = builder.compile()


class JoinState(TypedDict, total=False):
    target: str
    events: list[Any]


async def join(state: JoinState, config: RunnableConfig) -> JoinState:
    """Join another thread's stream from its start, in-process, up to its run's end."""
    events = []
    target = state.get("target")
    assert target is not None, "the run's input names the thread to join"
    stream = client.threads.join_stream(target, last_event_id="-", max_reconnects=0)
    async with stream:
        async for part in stream:
            events.append([part.event, part.id])
            data = part.data if isinstance(part.data, dict) else {}
            if part.event == "metadata" and data.get("status") == "run_done":
                break
    return {"events": events}


join_graph = StateGraph(JoinState).add_node(join).add_edge(START, "join").compile()

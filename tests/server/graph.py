"""A tiny deterministic graph for the live tests: no LLM, no network.

State is ``{"messages": [...], "count": int}``. The single node appends one message and
increments ``count``, so every run writes exactly one new checkpoint the tests can predict.
"""

import operator
from typing import Annotated, Any, TypedDict

from langgraph.graph import END, START, StateGraph


class State(TypedDict, total=False):
    messages: Annotated[list[Any], operator.add]
    count: int


def step(state: State) -> State:
    count = state.get("count", 0) + 1
    return {"messages": [f"step {count}"], "count": count}


builder = StateGraph(State)
builder.add_node("step", step)
builder.add_edge(START, "step")
builder.add_edge("step", END)
graph = builder.compile()

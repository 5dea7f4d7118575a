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


# A graph with a subgraph node, as agents built of agents are: a task that runs a subgraph
# reports the subgraph's checkpoint (namespace and thread) in the parent's state and history.
def child_step(state: State) -> State:
    return {"messages": ["child step"]}


child_builder = StateGraph(State)
child_builder.add_node("child_step", child_step)
child_builder.add_edge(START, "child_step")
child_builder.add_edge("child_step", END)

nested_builder = StateGraph(State)
nested_builder.add_node("step", step)
nested_builder.add_node("child", child_builder.compile())
nested_builder.add_edge(START, "step")
nested_builder.add_edge("step", "child")
nested_builder.add_edge("child", END)
nested_graph = nested_builder.compile()


# A graph whose every run fails: the thread it ran on is left with status "error" and the
# error as each server reports it (an object on current servers, a string on older ones).
def fail(state: State) -> State:
    raise ValueError("the failing graph fails on purpose")


failing_builder = StateGraph(State)
failing_builder.add_node("fail", fail)
failing_builder.add_edge(START, "fail")
failing_builder.add_edge("fail", END)
failing_graph = failing_builder.compile()

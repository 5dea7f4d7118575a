"""The public Literal types say the same as the enums (and the spec) they stand for."""

from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import pytest
import yaml

import langgraph_threads_client
from langgraph_threads_client import _types
from langgraph_threads_client._generated.models import (
    IfExists,
    SortOrder,
    ThreadSelectField,
    ThreadSortBy,
    ThreadStatus,
    TtlStrategy,
)

ROOT = Path(__file__).resolve().parents[2]

ENUM_OF: dict[str, type[enum.Enum]] = {
    "ThreadStatusName": ThreadStatus,
    "SortByName": ThreadSortBy,
    "SortOrderName": SortOrder,
    "SelectName": ThreadSelectField,
    "IfExistsName": IfExists,
    "TtlStrategyName": TtlStrategy,
}


@pytest.mark.parametrize("name", list(ENUM_OF))
def test_each_literal_is_its_enums_values(name: str) -> None:
    args = get_args(getattr(_types, name))
    assert len(args) == len(set(args))
    # (A value the spec gained is added by hand to the Literal: type checkers read no enum.)
    assert set(args) == {member.value for member in ENUM_OF[name]}, (
        f"{name} in langgraph_threads_client/_types.py lists other values than "
        f"{ENUM_OF[name].__name__} of openapi.yaml"
    )


def test_stream_modes_are_the_ones_the_spec_documents() -> None:
    spec: Any = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    parameters = spec["paths"]["/threads/{thread_id}/stream"]["get"]["parameters"]
    (modes,) = [p for p in parameters if p["name"] == "stream_modes"]
    documented = re.findall(r"`(\w+)`", modes["description"])
    assert set(get_args(_types.StreamModeName)) == set(documented)


def test_every_literal_is_public() -> None:
    literals = {name for name in _types.__all__ if get_origin(getattr(_types, name)) is Literal}
    assert literals == {*ENUM_OF, "StreamModeName"}
    for name in literals:
        assert name in langgraph_threads_client.__all__
        assert getattr(langgraph_threads_client, name) is getattr(_types, name)

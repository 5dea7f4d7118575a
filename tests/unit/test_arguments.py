"""Argument checks: one rule for "an int" (never a bool), the same message wherever it applies."""

from __future__ import annotations

import enum
import json
import math
import numbers
import re
import uuid
from fractions import Fraction
from typing import Any

import httpx
import pytest

from langgraph_threads_client import APIResponseValidationError
from langgraph_threads_client._arguments import (
    check_max_retries,
    flag,
    id_strings,
    int_argument,
    is_int,
    path_id,
    strings,
    ttl,
)
from langgraph_threads_client._encoding import encode_json
from tests.forms import Form, threads_client
from tests.unit.test_client import EMPTY_STATE


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, True),
        (False, False),
        (1, True),
        (0, False),
        ("false", False),  # (its truth is true: sent so, the opposite of what it says)
        (" True ", True),
        ("YES", True),
        ("0", False),
        ("maybe", False),  # (as langgraph-api reads any string but "true")
        ("", False),
        (b"false", False),
        (bytearray(b"on"), True),
        (memoryview(b"false"), False),
    ],
)
def test_a_flag_is_read_by_what_it_says(value: object, expected: bool) -> None:
    assert flag(value) is expected


@pytest.mark.parametrize("value", [0, -3, 2**70])
def test_ints_are_ints(value: int) -> None:
    assert is_int(value)
    assert int_argument(value, "n") == value


class NumpyLikeInt:
    """An integer of another type (as numpy's): ``__index__`` says its value."""

    def __index__(self) -> int:
        return 7


class NumpyLikeFloat(numbers.Real):
    """A float of another type (as numpy's ``float32``, which is no Python float)."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __float__(self) -> float:
        return self.value

    def __int__(self) -> int:
        return int(self.value)

    def __eq__(self, other: object) -> bool:
        return self.value == other

    __hash__ = None  # type: ignore[assignment]

    # (The rest of the ABC, unused here.)
    __abs__ = __add__ = __ceil__ = __floor__ = __floordiv__ = __le__ = __lt__ = None  # type: ignore[assignment]
    __mod__ = __mul__ = __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = None  # type: ignore[assignment]
    __rmod__ = __rmul__ = __round__ = __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = None  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(2.0, 2), (-0.0, 0), (NumpyLikeInt(), 7), (NumpyLikeFloat(2.0), 2), (Fraction(6, 3), 2)],
)
def test_integers_of_other_types_are_ints(value: object, expected: int) -> None:
    # The official SDK sends these, and the server reads them as integers.
    assert not is_int(value)
    converted = int_argument(value, "n")
    assert (converted, type(converted)) == (expected, int)


@pytest.mark.parametrize(
    "value",
    [
        *(True, False, 1.5, float("nan"), float("inf"), "1", None),
        *(NumpyLikeFloat(1.5), Fraction(1, 2), NumpyLikeFloat(float("nan"))),
        # No float is exactly these (sent as the float nearest, they would be other numbers).
        *(Fraction(10**17 + 1, 10**17), Fraction(2**53 + 1), Fraction(10**400)),
    ],
)
def test_bools_and_other_numbers_are_not(value: object) -> None:
    assert not is_int(value)
    message = f"n must be an int, got {type(value).__name__}"
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        int_argument(value, "n")


class NaNOfNoComparison(NumpyLikeFloat):
    """A NaN of another type whose comparisons raise: only its float is asked."""

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("compared")

    def __ne__(self, other: object) -> bool:
        raise RuntimeError("compared")


NAN = float("nan")


@pytest.mark.parametrize(
    "minutes",
    [NAN, NumpyLikeFloat(NAN), NaNOfNoComparison(NAN), 2.5, NumpyLikeFloat(2.5)],
)
def test_a_ttl_of_another_float_type_is_sent_as_the_float_it_is(minutes: object) -> None:
    # NaN included, which equals nothing: the SDK's encoder writes numpy's NaN as it writes
    # Python's, null.
    expected = b'{"ttl":null' if math.isnan(float(minutes)) else b'{"ttl":2.5'  # type: ignore[arg-type]
    assert encode_json(ttl(minutes)) == expected + b',"strategy":"delete"}'  # type: ignore[arg-type]


def test_every_int_argument_refuses_a_bool(form: Form) -> None:
    with pytest.raises(TypeError, match=r"^max_retries must be an int, got bool$"):
        check_max_retries(True)
    with threads_client(form, transport=httpx.MockTransport(lambda r: httpx.Response(200))) as t:
        with pytest.raises(TypeError, match=r"^limit must be an int, got bool$"):
            t.search(limit=True)
        with pytest.raises(TypeError, match=r"^page_size must be an int, got bool$"):
            next(iter(t.iter_search(page_size=True)))
        with pytest.raises(TypeError, match=r"^max_reconnects must be an int$"):
            t.join_stream("t1", max_reconnects=True)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (b"null", "null"),
        (b"5.5", "number"),
        (b'"five"', "string"),
        (b"{}", "object"),
        (b"1e300", "number"),  # beyond what a float holds exactly: no count
        (b'"' + b"1" * 25 + b'"', "string"),
        (b'"' + b"1" * 20 + b'"', "string"),  # more digits than an int64 has (19)
        (b"9007199254740994.0", "number"),  # past 2**53: floats no longer hold every integer
    ],
)
def test_a_count_that_is_not_a_whole_number_is_not_a_count(
    form: Form, body: bytes, found: str
) -> None:
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    said = rf"\(\$: expected integer, found {found}\)"
    with (
        threads_client(form, transport=answer) as threads,
        pytest.raises(APIResponseValidationError, match=said),
    ):
        threads.count()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"5", 5),
        (b"5.0", 5),
        (b"5e0", 5),
        (b'"5"', 5),
        (b'" 5"', 5),
        (b"9007199254740992.0", 2**53),  # the last float that holds every integer below it
        (b'"' + b"9" * 19 + b'"', int("9" * 19)),  # as many digits as an int64 has
    ],
)
def test_a_count_written_as_a_float_or_a_string_of_digits_is_that_count(
    form: Form, body: bytes, expected: int
) -> None:
    # The official SDK returns what it reads (5.0, "5"); a typed count is the integer.
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with threads_client(form, transport=answer) as threads:
        count = threads.count()
    assert count == expected
    assert type(count) is int


@pytest.mark.parametrize(("body", "expected"), [(b"true", True), (b"false", False)])
def test_a_count_written_as_a_boolean_is_returned_as_sent(
    form: Form, body: bytes, expected: bool
) -> None:
    # As the official SDK returns it, and as a model's integer field reads it (a bool is an int).
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with threads_client(form, transport=answer) as threads:
        assert threads.count() is expected


class OwnUUID(uuid.UUID):
    """An application's UUID class (orjson, and so the official SDK, refuses one)."""


def test_thread_ids_are_strings_uuids_of_any_class_written_as_their_strings() -> None:
    ids = [uuid.UUID(int=n) for n in (0, 1, 2**128 - 1)]
    texts = [str(each) for each in ids]
    assert id_strings(texts, "ids") == texts
    assert id_strings(ids, "ids") == texts
    assert id_strings([texts[0], ids[1], OwnUUID(texts[2])], "ids") == texts
    assert id_strings((each for each in ids), "ids") == texts
    assert id_strings(texts[0], "ids") == texts[:1]  # (one id alone, as the SDK sends it)


class UnhashableMeta(type):
    __hash__ = None  # type: ignore[assignment]


class OfAnUnhashableClass(metaclass=UnhashableMeta):
    pass


@pytest.mark.parametrize(
    "values",
    [
        [1],
        ["a", None],
        [b"a"],
        [uuid.UUID(int=1), 2.0],
        [OwnUUID(int=1), object()],
        ["a", OfAnUnhashableClass()],
    ],
)
def test_a_list_of_ids_or_strings_refuses_what_is_no_string(values: list[object]) -> None:
    said = f"ids must contain strings, got {type(values[-1]).__name__}"
    with pytest.raises(TypeError, match=f"^{re.escape(said)}$"):
        id_strings(values, "ids")  # type: ignore[arg-type]
    if not any(isinstance(value, uuid.UUID) for value in values):
        with pytest.raises(TypeError, match=f"^{re.escape(said)}$"):
            strings(values, "ids")  # type: ignore[arg-type]


def test_an_id_no_json_can_hold_beside_a_uuid_is_named_where_it_sits(form: Form) -> None:
    said = "thread_ids[0]: cannot encode str: str is not valid UTF-8: surrogates not allowed"
    with threads_client(form, transport=httpx.MockTransport(lambda _: httpx.Response(500))) as t:
        cases: list[list[str | uuid.UUID]] = [["\ud800", uuid.UUID(int=1)], ["\ud800"]]
        for ids in cases:
            with pytest.raises(TypeError, match=f"^{re.escape(said)}$"):
                t.prune(ids)


class ArrayLike:
    """As a numpy array that is no integer scalar: it has ``__index__``, which refuses."""

    def __index__(self) -> int:
        raise TypeError("only integer scalar arrays can be converted to a scalar index")


def test_an_array_that_is_no_integer_is_refused_naming_the_argument() -> None:
    with pytest.raises(TypeError, match=r"^n must be an int, got ArrayLike$"):
        int_argument(ArrayLike(), "n")
    said = r"^ttl must be a number of minutes or a mapping, got ArrayLike$"
    with pytest.raises(TypeError, match=said):
        ttl(ArrayLike())  # type: ignore[arg-type]


class MixedField(str, enum.Enum):  # noqa: UP042 - a str-mixin enum (a StrEnum has its value as str())
    VALUES = "values"


def test_an_enum_in_a_list_of_strings_is_its_value_a_str_mixin_enum_too() -> None:
    # (A str-mixin enum is a str, whose str() in a query is "MixedField.VALUES" on 3.11.)
    values = strings([MixedField.VALUES, "next"], "select")
    assert isinstance(values, list)
    assert (values, [type(value) for value in values]) == (["values", "next"], [str, str])


class UUID:
    """Another library's UUID (asyncpg's): its str() is the id."""

    hex = "0b6a9d1c000040008000000000000001"
    urn = "urn:uuid:0b6a9d1c-0000-4000-8000-000000000001"

    def __str__(self) -> str:
        return "0b6a9d1c-0000-4000-8000-000000000001"


def test_an_id_of_another_librarys_uuid_class_goes_into_a_path_as_its_string() -> None:
    assert path_id(UUID(), "thread_id") == "0b6a9d1c-0000-4000-8000-000000000001"
    # (and into a list of ids, where the SDK's encoder refuses it)
    ids: list[Any] = ["t", UUID()]
    assert id_strings(ids, "ids") == ["t", "0b6a9d1c-0000-4000-8000-000000000001"]
    with pytest.raises(TypeError, match=r"^thread_id must be a str, got NumpyLikeInt$"):
        path_id(NumpyLikeInt(), "thread_id")


def test_an_id_of_another_librarys_uuid_class_is_its_string_wherever_an_id_goes(
    form: Form,
) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/history"):
            return httpx.Response(200, json=[])
        checkpoint = {"checkpoint_id": "c", "thread_id": "t", "checkpoint_ns": ""}
        if request.method == "POST":  # (update_state)
            return httpx.Response(200, json={"checkpoint": checkpoint})
        return httpx.Response(200, json=EMPTY_STATE)

    with threads_client(form, transport=httpx.MockTransport(answer)) as threads:
        threads.update_state("t", {"a": 1}, checkpoint_id=UUID())
        threads.get_history("t", before=UUID())
        threads.get_state("t", checkpoint_id=UUID())
    update, history, state = sent
    assert json.loads(update.content)["checkpoint_id"] == str(UUID())
    assert json.loads(history.content)["before"] == {"configurable": {"checkpoint_id": str(UUID())}}
    assert state.url.path == f"/threads/t/state/{UUID()}"


class RefusingIndex:
    """An integer-like type whose ``__index__`` refuses with an error of another kind."""

    def __index__(self) -> int:
        raise ValueError("no value yet")


class RefusingFloat(NumpyLikeFloat):
    """A real number of another type whose ``__float__`` refuses (a symbol, say)."""

    def __float__(self) -> float:
        raise TypeError("cannot convert a symbol to float")


@pytest.mark.parametrize("value", [RefusingIndex(), RefusingFloat(2.0)])
def test_a_number_whose_own_conversion_refuses_is_refused_naming_the_argument(
    value: object,
) -> None:
    # (Its own ValueError or TypeError, let out, would name neither the argument nor the call.)
    kind = type(value).__name__
    with pytest.raises(TypeError, match=f"^n must be an int, got {kind}$"):
        int_argument(value, "n")
    with pytest.raises(
        TypeError, match=f"^ttl must be a number of minutes or a mapping, got {kind}$"
    ):
        ttl(value)  # type: ignore[arg-type]

"""List responses: the column-wise check (types._fits) agrees with the object-by-object one."""

from __future__ import annotations

import copy
import gc
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

from langgraph_threads_client import ThreadStatus
from langgraph_threads_client._generated.types import (
    _JSON_TYPES,
    UNSET,
    JSONModel,
    ShapeError,
    Unset,
    _fits,
    json_type_name,
    model_list,
    required_getter,
)
from langgraph_threads_client.models import (
    Thread,
    ThreadSearchRequest,
    ThreadSelection,
    ThreadState,
    ThreadStateSelection,
)
from tests.unit.test_models import INTERRUPT, TASK, named_model
from tests.unit.test_parsing import state, thread

# A value of every JSON type, to put where another belongs.
OTHERS: list[Any] = [None, True, 1, 1.5, "s", [], [1], ["s"], {}, {"a": 1}]

THREADS = [
    thread(values={"count": 1}, error=None, interrupts={}),
    thread(values=None, error={"error": "E", "message": "m"}, interrupts={"t": [INTERRUPT]}),
    thread(values={"count": 2}, error=None, interrupts={"t": [INTERRUPT, INTERRUPT]}),
]
STATES = [
    state(tasks=[TASK], interrupts=[INTERRUPT]),
    state(tasks=[], parent_checkpoint={"thread_id": "t", "checkpoint_id": "c"}),
    state(tasks=[TASK, {**TASK, "interrupts": []}], interrupts=[]),
]


def paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside ``value`` (keys and indices)."""
    items: Any = ()
    if type(value) is dict:
        items = value.items()
    elif type(value) is list:
        items = enumerate(value)
    for key, item in items:
        yield (*path, key)
        yield from paths(item, (*path, key))


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    result = copy.deepcopy(value)
    target = result
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return result


def first_error(items: list[Any], model: type[JSONModel]) -> int | None:
    """The index of the first item the object-by-object check refuses."""
    for index, item in enumerate(items):
        try:
            model._check(item)
        except ShapeError:
            return index
    return None


@pytest.mark.parametrize(("model", "good"), [(Thread, THREADS), (ThreadState, STATES)])
def test_well_formed_lists_are_vouched_for_column_by_column(
    model: type[JSONModel], good: list[dict[str, Any]]
) -> None:
    # Nulls and values in the same column, empty and full arrays and maps, models below.
    assert _fits(copy.deepcopy(good), model)
    assert _fits(copy.deepcopy(good) * 50, model)
    assert _fits([], model)
    assert model_list(copy.deepcopy(good), model) == good


@pytest.mark.parametrize(("model", "good"), [(Thread, THREADS), (ThreadState, STATES)])
def test_the_column_check_never_accepts_what_the_object_check_refuses(
    model: type[JSONModel], good: list[dict[str, Any]]
) -> None:
    """Every value at every depth of one item, or of all, replaced by each JSON type."""
    refused = 0
    for where in range(len(good)):
        for path in list(paths(good[where])):
            for new in OTHERS:
                one = [*good[:where], replaced(good[where], path, new), *good[where + 1 :]]
                every = [replaced(item, path, new) for item in good if _has(item, path)]
                for items in (one, every):
                    expected = first_error(items, model)
                    if expected is None:
                        assert model_list(copy.deepcopy(items), model) == items
                        continue
                    refused += 1
                    assert not _fits(copy.deepcopy(items), model), (path, new)
                    with pytest.raises(ShapeError) as caught:
                        model_list(copy.deepcopy(items), model)
                    assert caught.value.path.startswith(f"[{expected}]")
    assert refused > 100  # the cases above do test refusals


def _has(item: Any, path: tuple[Any, ...]) -> bool:
    for key in path:
        if (type(item) is dict and key in item) or (type(item) is list and key < len(item)):
            item = item[key]
        else:
            return False
    return True


def test_columns_of_empty_arrays_and_maps_have_nothing_below_but_empty_models_do() -> None:
    # The usual search: no thread has interrupts. Nothing below the column to check...
    quiet = [thread(values=None, error=None, interrupts={}) for _ in range(100)]
    assert _fits(copy.deepcopy(quiet), Thread)
    idle = [state(tasks=[], interrupts=[]) for _ in range(10)]
    assert _fits(copy.deepcopy(idle), ThreadState)
    # ...while an empty object where a model belongs lacks the model's required fields.
    no_parent = [{**item, "parent_checkpoint": {}} for item in idle]
    assert not _fits(copy.deepcopy(no_parent), ThreadState)
    with pytest.raises(ShapeError, match=r"^\$\[0\]\.parent_checkpoint"):
        model_list(no_parent, ThreadState)


def test_missing_required_fields_and_non_objects_are_refused() -> None:
    missing = [{k: v for k, v in item.items() if k != "created_at"} for item in THREADS]
    assert not _fits(missing, Thread)
    with pytest.raises(ShapeError, match=r"\$\[0\]\.created_at: expected string, found nothing"):
        model_list(missing, Thread)
    for other in OTHERS:
        if type(other) is dict:
            continue
        items = [*copy.deepcopy(THREADS), other]
        assert not _fits(items, Thread)
        with pytest.raises(ShapeError, match=r"\$\[3\]: expected object"):
            model_list(items, Thread)
    # A list response that is not a list at all.
    for other in [*OTHERS, THREADS[0]]:
        if type(other) is list:
            continue
        with pytest.raises(ShapeError) as caught:
            model_list(copy.deepcopy(other), Thread)
        assert str(caught.value) == f"$: expected array, found {json_type_name(other)}"


@pytest.mark.parametrize("other", [[], "", [1], "x"])
@pytest.mark.parametrize(
    "model",
    [
        ThreadSelection,
        ThreadStateSelection,
        named_model(_required=required_getter(), _required_keys=(), _required_types=()),
    ],
)
def test_an_array_or_string_among_objects_with_no_key_to_gather_is_refused(
    other: Any, model: type[JSONModel]
) -> None:
    # Models with no required field (search and history with select=...), and one that
    # checks no field: objects of no key, or of keys it does not check, gather nothing.
    for items in ([{}, other], [{"k": 1}, other], [{}, {}, other, {}]):
        assert not _fits(copy.deepcopy(items), model)
        with pytest.raises(ShapeError, match=r"^\$\[\d\]: expected object, found (array|str)"):
            model_list(copy.deepcopy(items), model)


def test_closed_enums_are_checked_in_columns_too() -> None:
    good: list[dict[str, Any]] = [{"status": "idle", "select": ["thread_id", "values"]}]
    assert _fits([good[0], good[0]], ThreadSearchRequest)
    # Every member at once (the column holds all the values the enum has).
    assert _fits([{"status": status.value} for status in ThreadStatus], ThreadSearchRequest)
    bads: list[dict[str, Any]] = [
        {"status": "sleepy"},
        {"select": ["thread_id", "nope"]},
        {"select": [1]},
    ]
    for bad in bads:
        items = [good[0], {**good[0], **bad}]
        assert not _fits(items, ThreadSearchRequest)
        with pytest.raises(ShapeError, match=r"^\$\[1\]"):
            model_list(items, ThreadSearchRequest)


def dict_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every object inside ``value``, ``value`` included (keys and indices)."""
    if type(value) is dict:
        yield path
    for inner in paths(value):
        if type(_at(value, inner)) is dict:
            yield inner


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def without(value: Any, path: tuple[Any, ...], key: str) -> Any:
    result = copy.deepcopy(value)
    del _at(result, path)[key]
    return result


def reordered(value: Any) -> Any:
    """``value`` with the keys of each of its objects in reverse order."""
    if type(value) is dict:
        return {key: reordered(value[key]) for key in reversed(value)}
    if type(value) is list:
        return [reordered(item) for item in value]
    return value


def each_key(good: list[dict[str, Any]]) -> Iterator[tuple[int, tuple[Any, ...], str]]:
    """Each key of each object at every depth of ``good``'s items: the item's index, the
    object's path in it, the key."""
    for where in range(len(good)):
        for path in list(dict_paths(good[where])):
            for key in _at(good[where], path):
                yield where, path, key


def column_check_agrees(items: list[Any], model: type[JSONModel], context: object) -> bool:
    """Assert that the column check and ``model_list`` agree with the object check on
    ``items``: vouched for and made where it accepts them, else refused with the path of the
    first item it refuses. Whether it accepts them."""
    expected = first_error(items, model)
    if expected is None:
        assert _fits(copy.deepcopy(items), model), context
        assert model_list(copy.deepcopy(items), model) == items
        return True
    assert not _fits(copy.deepcopy(items), model), context
    with pytest.raises(ShapeError) as caught:
        model_list(copy.deepcopy(items), model)
    assert caught.value.path.startswith(f"[{expected}]")
    return False


@pytest.mark.parametrize(("model", "good"), [(Thread, THREADS), (ThreadState, STATES)])
def test_objects_with_other_keys_are_checked_column_by_column_too(
    model: type[JSONModel], good: list[dict[str, Any]]
) -> None:
    """A response mixes objects with and without some fields (a thread that never ran has no
    ``error`` nor ``interrupts``), or with keys in other orders: the column check agrees with
    the object check, and vouches for every such list that fits (no object-by-object pass)."""
    assert _fits(copy.deepcopy(good + [reordered(item) for item in good]), model)
    accepted = []
    for where, path, key in each_key(good):
        items = [*good[:where], without(good[where], path, key), *good[where + 1 :]]
        items = [*items, *reordered(items)]
        accepted.append(column_check_agrees(items, model, (path, key)))
    # Both kinds of removal are tested.
    assert accepted.count(False) > 10
    assert accepted.count(True) > 10


@pytest.mark.parametrize(("model", "good"), [(Thread, THREADS), (ThreadState, STATES)])
def test_a_field_only_some_objects_have_is_checked_in_those(
    model: type[JSONModel], good: list[dict[str, Any]]
) -> None:
    """A field of the spec that the first object lacks but a later one has, of each JSON
    type: checked where it is (another group of keys)."""
    fields = model._required_keys + model._optional_keys
    for key in fields:
        bare = [{k: v for k, v in item.items() if k != key} for item in good]
        for new in OTHERS:
            items = [*bare, {**bare[-1], key: new}]
            expected = first_error(items, model)
            if expected is None:
                assert model_list(copy.deepcopy(items), model) == items
                continue
            assert not _fits(copy.deepcopy(items), model), (key, new)
            with pytest.raises(ShapeError) as caught:
                model_list(copy.deepcopy(items), model)
            assert caught.value.path.startswith(f"[{expected}]")


def test_objects_of_many_key_counts_interleaved_are_vouched_for_and_keep_their_order() -> None:
    """Threads lacking none, one, two... of the optional fields, interleaved: each key count is
    a group of its own for the check, and the results come in the order sent."""
    optional = [key for key in Thread._optional_keys if key in THREADS[0]]
    assert len(optional) >= 3
    kinds = [
        {k: v for k, v in THREADS[n % len(THREADS)].items() if k not in optional[:n]}
        for n in range(len(optional) + 1)
    ]
    items = [{**kinds[n % len(kinds)], "thread_id": f"t-{n}"} for n in range(40)]
    assert len({len(item) for item in items}) == len(kinds)
    assert _fits(copy.deepcopy(items), Thread)
    assert [result.thread_id for result in model_list(copy.deepcopy(items), Thread)] == [
        f"t-{n}" for n in range(40)
    ]
    bad = [*items[:25], {**items[25], "metadata": []}, *items[26:]]
    assert not _fits(copy.deepcopy(bad), Thread)
    with pytest.raises(ShapeError, match=r"^\$\[25\]\.metadata: expected object, found array"):
        model_list(bad, Thread)


def test_strings_where_a_union_allows_a_model_or_a_string_are_checked_in_columns() -> None:
    # Older servers send a thread's error as a string; the current one, as an object.
    mixed = [thread(error="base64-of-json"), thread(error={"error": "E", "message": "m"})] * 10
    assert _fits(copy.deepcopy(mixed), Thread)
    bad = [*mixed, thread(error={"error": 1, "message": "m"})]
    assert not _fits(copy.deepcopy(bad), Thread)
    with pytest.raises(ShapeError, match=r"^\$\[20\]\.error\.error: expected string"):
        model_list(bad, Thread)


@pytest.mark.parametrize(("model", "good"), [(Thread, THREADS), (ThreadState, STATES)])
def test_objects_with_as_many_keys_but_other_ones_are_checked_column_by_column_too(
    model: type[JSONModel], good: list[dict[str, Any]]
) -> None:
    """A field of the spec missing where an unknown one stands instead, so that the objects
    have as many keys (the column check then reads each field by name, absent ones as such):
    it refuses a missing required field, of any JSON type, and vouches for a missing optional
    one, at every depth."""
    accepted = []
    for where, path, key in each_key(good):
        swapped = without(good[where], path, key)
        _at(swapped, path)["a_field_of_no_spec"] = "x"
        items = [*good[:where], swapped, *good[where + 1 :]] * 2
        assert len(_at(swapped, path)) == len(_at(good[where], path))
        accepted.append(column_check_agrees(items, model, (path, key)))
    assert accepted.count(False) > 10
    assert accepted.count(True) > 10


def test_a_column_of_nulls_does_not_end_the_check_of_the_fields_after_it() -> None:
    # Threads whose interrupts are all null (the first field with models below), and one
    # whose error (a field after it) is not a ThreadError.
    quiet = [thread(interrupts=None, error=None) for _ in range(5)]
    assert _fits(copy.deepcopy(quiet), Thread)
    bad = [*quiet, thread(interrupts=None, error={"error": 1, "message": "m"})]
    assert not _fits(copy.deepcopy(bad), Thread)
    with pytest.raises(ShapeError, match=r"^\$\[5\]\.error\.error: expected string"):
        model_list(bad, Thread)


# Models made by hand, for what the generated ones do not hold (the generator emits any of it
# for another spec): each with its own remembered shapes.


Named = named_model()


class Loose(JSONModel):
    """An optional field of any JSON value before a typed one, and a field of any JSON value
    at the top that holds a model below."""

    __slots__ = ()
    _shapes: ClassVar[dict[tuple[type, ...], tuple[str, ...]]] = {}
    _field_names = frozenset({"anything", "label", "named"})
    _optional_keys = ("anything", "label", "named")
    _optional_absent = (UNSET, UNSET, UNSET)
    _optional_types = ((object, Unset), (str, Unset), (object, Unset))
    _below = (("named", "", Named),)


# A model whose fields below the column check cannot follow.
Unfollowed = named_model(_by_columns=False)


def test_the_columns_of_a_model_leave_out_only_fields_of_any_value_with_nothing_below() -> None:
    assert Named._column_types == {"name": frozenset({str})}
    # (Nothing to check in "anything"; the fields after it are still checked; a field of any
    # value with a model below keeps a column of every JSON type, for the check below.)
    assert Loose._column_types == {
        "label": frozenset({str, Unset}),
        "named": _JSON_TYPES | {Unset},
    }
    assert _fits([{"anything": [1], "label": "l", "named": {"name": "n"}}, {}], Loose)
    assert not _fits([{"label": 1}], Loose)
    assert not _fits([{"named": {"name": 1}}], Loose)


def test_a_model_whose_fields_below_cannot_be_followed_is_checked_object_by_object() -> None:
    items = [{"name": "a"}, {"name": "b"}]
    assert not _fits(copy.deepcopy(items), Unfollowed)
    assert model_list(copy.deepcopy(items), Unfollowed) == items
    with pytest.raises(ShapeError, match=r"^\$\[1\]\.name: expected string, found integer$"):
        model_list([{"name": "a"}, {"name": 1}], Unfollowed)


@pytest.mark.parametrize(("model", "good"), [(Thread, THREADS), (ThreadState, STATES)])
def test_pages_past_the_collectors_threshold_are_checked_as_smaller_ones(
    model: type[JSONModel], good: list[dict[str, Any]]
) -> None:
    """Past the garbage collector's threshold of new objects, columns are gathered a pass for
    each field (``_same_key_columns``): the same answers, refusals and their paths."""
    many = good * (gc.get_threshold()[0] // len(good) + 1)
    late = len(many) - 2
    column_check_agrees(many, model, "well formed")
    cases = 0
    for where, path, key in each_key(good):
        if path:
            continue  # (top-level fields: the columns of the page itself)
        swapped = without(many[late - late % len(good) + where], path, key)
        swapped["a_field_of_no_spec"] = "x"  # (as many keys, one of them another)
        retyped = replaced(many[late - late % len(good) + where], (key,), [1])
        for changed in (swapped, retyped):
            items = [*many]
            items[late - late % len(good) + where] = changed
            column_check_agrees(items, model, key)
            cases += 1
    assert cases > 20

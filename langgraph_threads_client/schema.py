"""The types, under the module name code written for the official SDK imports them from:
``from langgraph_sdk.schema import Thread, ThreadStatus`` becomes
``from langgraph_threads_client.schema import Thread, ThreadStatus``.

Each name is what this client's thread methods take or return under that name in the SDK:
the results (``Thread``, ``ThreadState``...) are this client's models, which read as the
SDK's dicts do, typed on top; the API's strings (``ThreadStatus``, ``SortOrder``...) are
literal types, as the SDK's are (the package's ``ThreadStatus`` is the enum of a result's
typed ``status``: a different thing of the same name); ``Checkpoint``, which SDK code writes
to pass as an argument, is the SDK's ``TypedDict``. Only the threads API's types: the SDK's
others (assistants, runs, crons, the store) name nothing this client offers.
"""

from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import langgraph_threads_client as _package

from ._types import (
    IfExistsName,
    QueryParams,
    SelectName,
    SortByName,
    SortOrderName,
    StreamModeName,
    ThreadStatusName,
    TtlStrategyName,
)

if TYPE_CHECKING:
    from ._generated.models import Interrupt, Thread, ThreadState, ThreadTask
    from ._generated.models import ThreadStateUpdateResponse as ThreadUpdateStateResponse
    from ._stream_core import StreamPart

__all__ = [
    "Checkpoint",
    "Interrupt",
    "Json",
    "OnConflictBehavior",
    "PruneStrategy",
    "QueryParamTypes",
    "SortOrder",
    "StreamPart",
    "Thread",
    "ThreadSelectField",
    "ThreadSortBy",
    "ThreadState",
    "ThreadStateSelectField",
    "ThreadStatus",
    "ThreadStreamMode",
    "ThreadTask",
    "ThreadUpdateStateResponse",
]


class Checkpoint(TypedDict):
    """A checkpoint as code written for the SDK writes one to pass (``get_state`` and
    ``update_state``'s ``checkpoint``, ``get_history``'s ``before``): the SDK's ``TypedDict``,
    which those arguments take as they take any object. (A result's checkpoint, read by key, is
    its JSON; its typed attribute is the package's ``Checkpoint`` model.)"""

    thread_id: str
    checkpoint_ns: str
    checkpoint_id: str | None
    checkpoint_map: dict[str, Any] | None


Json: TypeAlias = dict[str, Any] | None
OnConflictBehavior: TypeAlias = IfExistsName
PruneStrategy: TypeAlias = TtlStrategyName
QueryParamTypes: TypeAlias = QueryParams
SortOrder: TypeAlias = SortOrderName
# (The SDK's also lists "context", which servers refuse: a 422.)
ThreadSelectField: TypeAlias = SelectName
ThreadSortBy: TypeAlias = SortByName
# A field of a state, or a path into its values ("values.messages"), as get_state takes it.
ThreadStateSelectField: TypeAlias = str
ThreadStatus: TypeAlias = ThreadStatusName
ThreadStreamMode: TypeAlias = StreamModeName

# Each result's name in the package, by its name in the SDK.
_RESULTS = {
    "Interrupt": "Interrupt",
    "StreamPart": "StreamPart",
    "Thread": "Thread",
    "ThreadState": "ThreadState",
    "ThreadTask": "ThreadTask",
    "ThreadUpdateStateResponse": "ThreadStateUpdateResponse",
}

# (At run time only, as in client.py: the results are imported when first used.)
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name not in _RESULTS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_package, _RESULTS[name])
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})

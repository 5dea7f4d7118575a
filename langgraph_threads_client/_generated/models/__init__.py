"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used: importing one model, or this
package, does not import them all.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .channel_storage import ChannelStorage
    from .channel_values_storage import ChannelValuesStorage
    from .checkpoint import Checkpoint
    from .checkpoint_config import CheckpointConfig
    from .error_response import ErrorResponse
    from .history_before import HistoryBefore
    from .if_exists import IfExists
    from .interrupt import Interrupt
    from .reported_checkpoint_config import ReportedCheckpointConfig
    from .sort_order import SortOrder
    from .storage_section import StorageSection
    from .superstep import Superstep
    from .superstep_update import SuperstepUpdate
    from .task_checkpoint import TaskCheckpoint
    from .thread import Thread
    from .thread_count_request import ThreadCountRequest
    from .thread_create import ThreadCreate
    from .thread_error import ThreadError
    from .thread_history_request import ThreadHistoryRequest
    from .thread_patch import ThreadPatch
    from .thread_prune_request import ThreadPruneRequest
    from .thread_prune_response import ThreadPruneResponse
    from .thread_search_request import ThreadSearchRequest
    from .thread_select_field import ThreadSelectField
    from .thread_selection import ThreadSelection
    from .thread_sort_by import ThreadSortBy
    from .thread_state import ThreadState
    from .thread_state_checkpoint_request import ThreadStateCheckpointRequest
    from .thread_state_selection import ThreadStateSelection
    from .thread_state_update import ThreadStateUpdate
    from .thread_state_update_response import ThreadStateUpdateResponse
    from .thread_status import ThreadStatus
    from .thread_storage import ThreadStorage
    from .thread_task import ThreadTask
    from .thread_ttl_info import ThreadTtlInfo
    from .ttl_request import TtlRequest
    from .ttl_strategy import TtlStrategy

# Each model's name, and the module that defines it.
_MODULES: dict[str, str] = {
    "ChannelStorage": ".channel_storage",
    "ChannelValuesStorage": ".channel_values_storage",
    "Checkpoint": ".checkpoint",
    "CheckpointConfig": ".checkpoint_config",
    "ErrorResponse": ".error_response",
    "HistoryBefore": ".history_before",
    "IfExists": ".if_exists",
    "Interrupt": ".interrupt",
    "ReportedCheckpointConfig": ".reported_checkpoint_config",
    "SortOrder": ".sort_order",
    "StorageSection": ".storage_section",
    "Superstep": ".superstep",
    "SuperstepUpdate": ".superstep_update",
    "TaskCheckpoint": ".task_checkpoint",
    "Thread": ".thread",
    "ThreadCountRequest": ".thread_count_request",
    "ThreadCreate": ".thread_create",
    "ThreadError": ".thread_error",
    "ThreadHistoryRequest": ".thread_history_request",
    "ThreadPatch": ".thread_patch",
    "ThreadPruneRequest": ".thread_prune_request",
    "ThreadPruneResponse": ".thread_prune_response",
    "ThreadSearchRequest": ".thread_search_request",
    "ThreadSelectField": ".thread_select_field",
    "ThreadSelection": ".thread_selection",
    "ThreadSortBy": ".thread_sort_by",
    "ThreadState": ".thread_state",
    "ThreadStateCheckpointRequest": ".thread_state_checkpoint_request",
    "ThreadStateSelection": ".thread_state_selection",
    "ThreadStateUpdate": ".thread_state_update",
    "ThreadStateUpdateResponse": ".thread_state_update_response",
    "ThreadStatus": ".thread_status",
    "ThreadStorage": ".thread_storage",
    "ThreadTask": ".thread_task",
    "ThreadTtlInfo": ".thread_ttl_info",
    "TtlRequest": ".ttl_request",
    "TtlStrategy": ".ttl_strategy",
}


# (At run time only: type checkers see the imports above, and so report a name that is none.)
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})


__all__ = (
    "ChannelStorage",
    "ChannelValuesStorage",
    "Checkpoint",
    "CheckpointConfig",
    "ErrorResponse",
    "HistoryBefore",
    "IfExists",
    "Interrupt",
    "ReportedCheckpointConfig",
    "SortOrder",
    "StorageSection",
    "Superstep",
    "SuperstepUpdate",
    "TaskCheckpoint",
    "Thread",
    "ThreadCountRequest",
    "ThreadCreate",
    "ThreadError",
    "ThreadHistoryRequest",
    "ThreadPatch",
    "ThreadPruneRequest",
    "ThreadPruneResponse",
    "ThreadSearchRequest",
    "ThreadSelectField",
    "ThreadSelection",
    "ThreadSortBy",
    "ThreadState",
    "ThreadStateCheckpointRequest",
    "ThreadStateSelection",
    "ThreadStateUpdate",
    "ThreadStateUpdateResponse",
    "ThreadStatus",
    "ThreadStorage",
    "ThreadTask",
    "ThreadTtlInfo",
    "TtlRequest",
    "TtlStrategy",
)

"""Contains all the data models used in inputs/outputs"""

from .channel_storage import ChannelStorage
from .channel_values_storage import ChannelValuesStorage
from .checkpoint import Checkpoint
from .checkpoint_config import CheckpointConfig
from .error_response import ErrorResponse
from .history_before import HistoryBefore
from .if_exists import IfExists
from .interrupt import Interrupt
from .sort_order import SortOrder
from .storage_section import StorageSection
from .superstep import Superstep
from .superstep_update import SuperstepUpdate
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
from .thread_state_update import ThreadStateUpdate
from .thread_state_update_response import ThreadStateUpdateResponse
from .thread_status import ThreadStatus
from .thread_storage import ThreadStorage
from .thread_task import ThreadTask
from .thread_ttl_info import ThreadTtlInfo
from .ttl_request import TtlRequest
from .ttl_strategy import TtlStrategy

__all__ = (
    "ChannelStorage",
    "ChannelValuesStorage",
    "Checkpoint",
    "CheckpointConfig",
    "ErrorResponse",
    "HistoryBefore",
    "IfExists",
    "Interrupt",
    "SortOrder",
    "StorageSection",
    "Superstep",
    "SuperstepUpdate",
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
    "ThreadStateUpdate",
    "ThreadStateUpdateResponse",
    "ThreadStatus",
    "ThreadStorage",
    "ThreadTask",
    "ThreadTtlInfo",
    "TtlRequest",
    "TtlStrategy",
)

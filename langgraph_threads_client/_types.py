"""The strings the API accepts, as ``Literal`` types for annotations.

Each is the values of one of the generated enums (``tests/unit/test_types.py`` checks it), and
every argument typed with one takes the enum member as well.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "IfExistsName",
    "SelectName",
    "SortByName",
    "SortOrderName",
    "StreamModeName",
    "ThreadStatusName",
    "TtlStrategyName",
]

ThreadStatusName = Literal["idle", "busy", "interrupted", "error"]  # ThreadStatus
SortByName = Literal[  # ThreadSortBy
    "thread_id", "status", "created_at", "updated_at", "state_updated_at"
]
SortOrderName = Literal["asc", "desc"]  # SortOrder
SelectName = Literal[  # ThreadSelectField
    "thread_id",
    "created_at",
    "updated_at",
    "state_updated_at",
    "metadata",
    "config",
    "status",
    "values",
    "interrupts",
]
IfExistsName = Literal["raise", "do_nothing"]  # IfExists
TtlStrategyName = Literal["delete", "keep_latest"]  # TtlStrategy (a TTL's, and prune's)
# join_stream's modes (the stream endpoint is not generated: no enum, see openapi.yaml).
StreamModeName = Literal["run_modes", "lifecycle", "state_update"]

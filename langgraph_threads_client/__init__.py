"""A typed sync and async client for the LangGraph threads API.

from langgraph_threads_client import get_sync_client

with get_sync_client(url="http://localhost:2024") as client:
    thread = client.threads.create(metadata={"user_id": "u1"})
    print(thread.thread_id, thread.status)

Each name is imported when first used (PEP 562): a sync script imports neither the async
client nor anyio, and generated models and endpoints load only when they are needed.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import _logging
from ._version import __version__

if TYPE_CHECKING:
    # (the public submodules, which __getattr__ finds at run time: type checkers see them
    # as attributes of the package too)
    from . import client as client
    from . import errors as errors
    from . import models as models
    from . import schema as schema
    from ._async._client import LangGraphClient, get_client
    from ._async._stream import ThreadStream
    from ._async._threads import ThreadsClient
    from ._capture import ResponseCapture
    from ._generated.models import (
        ChannelStorage,
        ChannelValuesStorage,
        Checkpoint,
        Interrupt,
        ReportedCheckpointConfig,
        StorageSection,
        TaskCheckpoint,
        Thread,
        ThreadError,
        ThreadPruneResponse,
        ThreadSelection,
        ThreadState,
        ThreadStateSelection,
        ThreadStateUpdateResponse,
        ThreadStatus,
        ThreadStorage,
        ThreadTask,
        ThreadTtlInfo,
    )
    from ._generated.types import UNSET, Unset
    from ._pages import ThreadPage
    from ._stream_core import ResumePoint, StreamPart
    from ._sync._client import SyncLangGraphClient, get_sync_client
    from ._sync._stream import SyncThreadStream
    from ._sync._threads import SyncThreadsClient
    from ._types import (
        NOT_GIVEN,
        IfExistsName,
        NotGiven,
        SelectName,
        SortByName,
        SortOrderName,
        StreamModeName,
        ThreadStatusName,
        TtlStrategyName,
    )
    from .errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        LangGraphError,
        NotFoundError,
        OperationDisabledError,
        OperationNotFoundError,
        OperationNotOfferedError,
        PermissionDeniedError,
        RateLimitError,
        StreamDisconnectedError,
        UnprocessableEntityError,
    )

# The module that defines each name imported lazily (the same as the imports above).
_MODULES = {
    name: module
    for module, names in {
        "._async._client": ("LangGraphClient", "get_client"),
        "._async._stream": ("ThreadStream",),
        "._async._threads": ("ThreadsClient",),
        "._generated.models": (
            "ChannelStorage",
            "ChannelValuesStorage",
            "Checkpoint",
            "Interrupt",
            "ReportedCheckpointConfig",
            "StorageSection",
            "TaskCheckpoint",
            "Thread",
            "ThreadError",
            "ThreadPruneResponse",
            "ThreadSelection",
            "ThreadState",
            "ThreadStateSelection",
            "ThreadStateUpdateResponse",
            "ThreadStatus",
            "ThreadStorage",
            "ThreadTask",
            "ThreadTtlInfo",
        ),
        "._generated.types": ("UNSET", "Unset"),
        "._capture": ("ResponseCapture",),
        "._pages": ("ThreadPage",),
        "._stream_core": ("ResumePoint", "StreamPart"),
        "._sync._client": ("SyncLangGraphClient", "get_sync_client"),
        "._sync._stream": ("SyncThreadStream",),
        "._sync._threads": ("SyncThreadsClient",),
        "._types": (
            "NOT_GIVEN",
            "NotGiven",
            "IfExistsName",
            "SelectName",
            "SortByName",
            "SortOrderName",
            "StreamModeName",
            "ThreadStatusName",
            "TtlStrategyName",
        ),
        ".errors": (
            "APIConnectionError",
            "APIError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "InternalServerError",
            "LangGraphError",
            "NotFoundError",
            "OperationDisabledError",
            "OperationNotFoundError",
            "OperationNotOfferedError",
            "PermissionDeniedError",
            "RateLimitError",
            "StreamDisconnectedError",
            "UnprocessableEntityError",
        ),
    }.items()
    for name in names
}


# The public submodules (named as the SDK's), found as attributes of the package.
_PUBLIC_MODULES = frozenset({"client", "errors", "models", "schema"})


# (At run time only: type checkers see the imports above, and so report a name that is none.)
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _PUBLIC_MODULES:
            # (as ``langgraph_sdk.errors`` after ``import langgraph_sdk``: found without
            # importing the submodule by name first)
            return import_module(f".{name}", __name__)
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES, *_PUBLIC_MODULES})


_logging.setup_from_environment()

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ChannelStorage",
    "ChannelValuesStorage",
    "Checkpoint",
    "ConflictError",
    "IfExistsName",
    "InternalServerError",
    "Interrupt",
    "LangGraphClient",
    "LangGraphError",
    "NotFoundError",
    "NotGiven",
    "OperationDisabledError",
    "OperationNotFoundError",
    "OperationNotOfferedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReportedCheckpointConfig",
    "ResponseCapture",
    "ResumePoint",
    "SelectName",
    "SortByName",
    "SortOrderName",
    "StorageSection",
    "StreamDisconnectedError",
    "StreamModeName",
    "StreamPart",
    "SyncLangGraphClient",
    "SyncThreadStream",
    "SyncThreadsClient",
    "TaskCheckpoint",
    "Thread",
    "ThreadError",
    "ThreadPage",
    "ThreadPruneResponse",
    "ThreadSelection",
    "ThreadState",
    "ThreadStateSelection",
    "ThreadStateUpdateResponse",
    "ThreadStatus",
    "ThreadStatusName",
    "ThreadStorage",
    "ThreadStream",
    "ThreadTask",
    "ThreadTtlInfo",
    "ThreadsClient",
    "TtlStrategyName",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "get_client",
    "get_sync_client",
]

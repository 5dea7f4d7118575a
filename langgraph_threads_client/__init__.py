"""A typed sync and async client for the LangGraph threads API.

from langgraph_threads_client import get_sync_client

with get_sync_client(url="http://localhost:2024") as client:
    thread = client.threads.create(metadata={"user_id": "u1"})
    print(thread.thread_id, thread.status)
"""

from . import _logging
from ._async._client import LangGraphClient, get_client
from ._async._stream import ThreadStream
from ._async._threads import ThreadsClient
from ._core import NOT_GIVEN, NotGiven
from ._generated.models import (
    Checkpoint,
    Thread,
    ThreadPruneResponse,
    ThreadSelection,
    ThreadState,
    ThreadStateUpdateResponse,
    ThreadStatus,
    ThreadStorage,
)
from ._generated.types import UNSET, Unset
from ._pages import ResponseCapture, ThreadPage
from ._stream_core import StreamPart
from ._sync._client import SyncLangGraphClient, get_sync_client
from ._sync._stream import SyncThreadStream
from ._sync._threads import SyncThreadsClient
from ._types import (
    IfExistsName,
    SelectName,
    SortByName,
    SortOrderName,
    StreamModeName,
    ThreadStatusName,
    TtlStrategyName,
)
from ._version import __version__
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
    NotFoundError,
    OperationDisabledError,
    OperationNotFoundError,
    OperationNotOfferedError,
    PermissionDeniedError,
    RateLimitError,
    StreamDisconnectedError,
    UnprocessableEntityError,
)

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
    "Checkpoint",
    "ConflictError",
    "IfExistsName",
    "InternalServerError",
    "LangGraphClient",
    "NotFoundError",
    "NotGiven",
    "OperationDisabledError",
    "OperationNotFoundError",
    "OperationNotOfferedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseCapture",
    "SelectName",
    "SortByName",
    "SortOrderName",
    "StreamDisconnectedError",
    "StreamModeName",
    "StreamPart",
    "SyncLangGraphClient",
    "SyncThreadStream",
    "SyncThreadsClient",
    "Thread",
    "ThreadPage",
    "ThreadPruneResponse",
    "ThreadSelection",
    "ThreadState",
    "ThreadStateUpdateResponse",
    "ThreadStatus",
    "ThreadStatusName",
    "ThreadStorage",
    "ThreadStream",
    "ThreadsClient",
    "TtlStrategyName",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "get_client",
    "get_sync_client",
]

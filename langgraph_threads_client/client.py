"""The clients, under the module name code written for the official SDK imports them from:
``from langgraph_sdk.client import get_client`` becomes
``from langgraph_threads_client.client import get_client``.

Each name is the package's own, imported when first used (a sync script that imports
``get_sync_client`` from here imports nothing of the async side).
"""

from typing import TYPE_CHECKING, Any

import langgraph_threads_client as _package

if TYPE_CHECKING:
    from ._async._client import LangGraphClient, get_client
    from ._async._threads import ThreadsClient
    from ._sync._client import SyncLangGraphClient, get_sync_client
    from ._sync._threads import SyncThreadsClient

__all__ = [
    "LangGraphClient",
    "SyncLangGraphClient",
    "SyncThreadsClient",
    "ThreadsClient",
    "get_client",
    "get_sync_client",
]


# (At run time only: type checkers see the imports above, and so report a name that is none.)
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_package, name)
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})

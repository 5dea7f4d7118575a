"""What the official SDK's clients have and this one has not (``client.runs``, ``client.http``,
``client.threads.stream``): an ``AttributeError`` that says where to turn, for code written
for the SDK whose import was changed. Still an ``AttributeError`` of the usual text first:
``hasattr`` and ``getattr(x, name, default)`` answer as before, and Python still suggests
the name meant for a misspelt one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["ON_CLIENT", "ON_THREADS", "no_attribute"]

_OTHER_APIS = ("assistants", "runs", "crons", "store")

# The client's (LangGraphClient, SyncLangGraphClient).
ON_CLIENT: Final[Mapping[str, str]] = {
    **{
        api: f"this client is for the threads API; for {api}, use the official SDK's client"
        " (langgraph_sdk.get_client or get_sync_client) alongside it"
        for api in _OTHER_APIS
    },
    "http": "that is the official SDK's raw requests; here, use the HTTP client itself,"
    ' `http_client` (client.http_client.get("/info"))',
}

# The thread operations' (ThreadsClient, SyncThreadsClient).
ON_THREADS: Final[Mapping[str, str]] = {
    "http": "that is the official SDK's raw requests; here, use the HTTP client itself,"
    ' the client\'s `http_client` (client.http_client.get("/info"))',
    "stream": "the official SDK's session that starts runs on a thread is not offered here:"
    " start runs with the SDK's client; watch a thread's runs with `join_stream`",
}


def no_attribute(owner: object, name: str, elsewhere: Mapping[str, str]) -> AttributeError:
    """The error for ``owner.name``, which has none: saying where to turn for a name of the
    SDK's (``elsewhere``), as Python says it for any other."""
    message = f"{type(owner).__name__!r} object has no attribute {name!r}"
    hint = elsewhere.get(name)
    return AttributeError(f"{message}: {hint}" if hint else message, name=name, obj=owner)

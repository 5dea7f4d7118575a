from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_history_request import ThreadHistoryRequest
from ...models.thread_state import ThreadState
from ...types import loads, model_list


def build_request(
    thread_id: str,
    *,
    body: ThreadHistoryRequest,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads/{thread_id}/history."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads/{thread_id}/history".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> list[ThreadState]:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        # Each decoded object is checked and becomes its model in place (types.model_list).
        return model_list(loads(response.content), ThreadState)
    raise UnexpectedStatus(response.status_code, response.content)

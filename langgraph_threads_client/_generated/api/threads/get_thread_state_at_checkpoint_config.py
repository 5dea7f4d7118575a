from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_state import ThreadState
from ...models.thread_state_checkpoint_request import ThreadStateCheckpointRequest
from ...types import loads


def build_request(
    thread_id: str,
    *,
    body: ThreadStateCheckpointRequest,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads/{thread_id}/state/checkpoint."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads/{thread_id}/state/checkpoint".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> ThreadState:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = ThreadState.from_dict(loads(response.content))

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

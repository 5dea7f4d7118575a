from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_state_update import ThreadStateUpdate
from ...models.thread_state_update_response import ThreadStateUpdateResponse
from ...types import loads


def build_request(
    thread_id: str,
    *,
    body: ThreadStateUpdate,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads/{thread_id}/state."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads/{thread_id}/state".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> ThreadStateUpdateResponse:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = ThreadStateUpdateResponse.from_dict(loads(response.content))

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

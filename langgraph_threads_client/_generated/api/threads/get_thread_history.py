from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_state import ThreadState
from ...types import UNSET, Unset, loads


def build_request(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for GET /threads/{thread_id}/history."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/threads/{thread_id}/history".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[ThreadState]:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = ThreadState.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

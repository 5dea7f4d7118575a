from typing import Any, cast
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
        response_200 = loads(response.content)
        if not isinstance(response_200, list):
            raise TypeError()
        # The decoded list is ours: each item is replaced by its model as soon as that is
        # built, so the decoded dicts are freed as the parse goes. Fewer objects alive at once
        # means fewer garbage collections, which were a third of a large response's cost.
        for index, response_200_item_data in enumerate(response_200):
            response_200_item = ThreadState.from_dict(response_200_item_data)

            response_200[index] = response_200_item
        return cast(list[ThreadState], response_200)
    raise UnexpectedStatus(response.status_code, response.content)

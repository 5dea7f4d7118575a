from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_state import ThreadState
from ...types import UNSET, Unset, loads, model_list


def build_request(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for GET /threads/{thread_id}/history."""

    _params: dict[str, Any] = {}
    _params["limit"] = limit
    _params["before"] = before
    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/threads/{thread_id}/history".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": _params,
    }

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

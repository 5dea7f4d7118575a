from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_state import ThreadState
from ...types import UNSET, Unset, loads


def build_request(
    thread_id: str,
    *,
    subgraphs: bool | Unset = UNSET,
    select: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for GET /threads/{thread_id}/state."""

    _params: dict[str, Any] = {}
    _params["subgraphs"] = subgraphs
    _json_select: list[str] | Unset = UNSET
    if not isinstance(select, Unset):
        _json_select = select

    _params["select"] = _json_select
    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/threads/{thread_id}/state".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": _params,
    }

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

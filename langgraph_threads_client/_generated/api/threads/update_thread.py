from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread import Thread
from ...models.thread_patch import ThreadPatch
from ...types import UNSET, Unset, loads


def build_request(
    thread_id: str,
    *,
    body: ThreadPatch,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for PATCH /threads/{thread_id}."""
    _headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        _headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/threads/{thread_id}".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    _kwargs["headers"] = _headers
    return _kwargs


def parse_response(response: httpx.Response) -> Thread | None:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = Thread.from_dict(loads(response.content))

        return response_200
    if response.status_code == 204:
        return None
    raise UnexpectedStatus(response.status_code, response.content)

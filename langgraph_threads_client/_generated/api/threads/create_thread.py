from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.thread import Thread
from ...models.thread_create import ThreadCreate
from ...types import loads


def build_request(
    *,
    body: ThreadCreate,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads",
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> Thread:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = Thread.from_dict(loads(response.content))

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

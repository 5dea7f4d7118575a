from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_prune_request import ThreadPruneRequest
from ...models.thread_prune_response import ThreadPruneResponse
from ...types import loads


def build_request(
    *,
    body: ThreadPruneRequest,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads/prune."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads/prune",
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> ThreadPruneResponse:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = ThreadPruneResponse.from_dict(loads(response.content))

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

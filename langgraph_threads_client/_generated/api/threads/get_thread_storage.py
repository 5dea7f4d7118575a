from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_storage import ThreadStorage
from ...types import loads


def build_request(
    thread_id: str,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for GET /threads/{thread_id}/storage."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/threads/{thread_id}/storage".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ThreadStorage:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = ThreadStorage.from_dict(loads(response.content))

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

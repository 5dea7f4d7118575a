from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...types import loads


def build_request(
    thread_id: str,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for DELETE /threads/{thread_id}."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/threads/{thread_id}".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Any | None:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = loads(response.content)
        return response_200
    if response.status_code == 204:
        return None
    raise UnexpectedStatus(response.status_code, response.content)

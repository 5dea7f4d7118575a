from typing import Any, cast

import httpx

from ...errors import UnexpectedStatus
from ...models.thread_count_request import ThreadCountRequest
from ...types import (
    WholeNumber,
    loads,
    unexpected,
)


def build_request(
    *,
    body: ThreadCountRequest,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads/count."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads/count",
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> int:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        decoded = loads(response.content)
        if not isinstance(decoded, (int, WholeNumber)):
            raise unexpected("integer", decoded)
        response_200 = cast(int, decoded)
        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.thread import Thread
from ...models.thread_search_request import ThreadSearchRequest
from ...models.thread_selection import ThreadSelection
from ...types import loads


def build_request(
    *,
    body: ThreadSearchRequest,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads/search."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads/search",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(response: httpx.Response) -> list[Thread | ThreadSelection]:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> Thread | ThreadSelection:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_0 = Thread.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_1 = ThreadSelection.from_dict(data)

                return response_200_item_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

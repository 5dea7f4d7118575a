from typing import Any, cast

import httpx

from ...errors import UnexpectedStatus
from ...models.thing import Thing
from ...types import loads


def build_request() -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /things/search."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/things/search",
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[Thing]:
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
            response_200_item = Thing.from_dict(response_200_item_data)

            response_200[index] = response_200_item
        return cast(list[Thing], response_200)
    raise UnexpectedStatus(response.status_code, response.content)

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.thing import Thing
from ...types import loads, model_list


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
        # Each decoded object is checked and becomes its model in place (types.model_list).
        return model_list(loads(response.content), Thing)
    raise UnexpectedStatus(response.status_code, response.content)

from typing import Any

import httpx

from ...errors import UnexpectedStatus
from ...models.thing import Thing
from ...models.thing_create import ThingCreate
from ...types import loads


def build_request(
    *,
    body: ThingCreate,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /things."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/things",
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> Thing:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = Thing.from_dict(loads(response.content))

        return response_200
    raise UnexpectedStatus(response.status_code, response.content)

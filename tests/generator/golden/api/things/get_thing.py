from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thing import Thing
from ...types import UNSET, Unset, loads


def build_request(
    thing_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for GET /things/{thing_id}."""

    _params: dict[str, Any] = {}
    _params["include"] = include
    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/things/{thing_id}".format(
            thing_id=quote(str(thing_id), safe=""),
        ),
        "params": _params,
    }

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

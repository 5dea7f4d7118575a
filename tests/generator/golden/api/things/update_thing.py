from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.thing import Thing
from ...models.thing_create import ThingCreate
from ...types import UNSET, Unset, loads


def build_request(
    thing_id: str,
    *,
    body: ThingCreate,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for PATCH /things/{thing_id}."""
    _headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        _headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": "/things/{thing_id}".format(
            thing_id=quote(str(thing_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    _kwargs["headers"] = _headers
    return _kwargs


def parse_response(response: httpx.Response) -> Thing | None:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        response_200 = Thing.from_dict(loads(response.content))

        return response_200
    if response.status_code == 204:
        return None
    raise UnexpectedStatus(response.status_code, response.content)

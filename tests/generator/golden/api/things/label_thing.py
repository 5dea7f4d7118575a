from typing import Any
from urllib.parse import quote

import httpx

from ...errors import UnexpectedStatus
from ...models.labels import Labels
from ...types import UNSET, Unset, loads


def build_request(
    thing_id: str,
    *,
    body: dict[str, Any] | Unset = UNSET,
    where: dict[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /things/{thing_id}/labels."""

    _params: dict[str, Any] = {}
    _json_where: dict[str, Any] | Unset
    if isinstance(where, Unset):
        _json_where = UNSET
    else:
        _json_where = where

    if not isinstance(_json_where, Unset):
        _params.update(_json_where)

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/things/{thing_id}/labels".format(
            thing_id=quote(str(thing_id), safe=""),
        ),
        "params": _params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> Labels:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if 200 <= response.status_code <= 299:
        response_default = Labels.from_dict(loads(response.content))

        return response_default
    raise UnexpectedStatus(response.status_code, response.content)

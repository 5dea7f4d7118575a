from typing import Any, cast

import httpx

from ...errors import UnexpectedStatus
from ...models.thread import Thread
from ...models.thread_search_request import ThreadSearchRequest
from ...models.thread_selection import ThreadSelection
from ...types import (
    ShapeError,
    fits_none,
    loads,
    no_mismatches,
    unexpected,
)


def build_request(
    *,
    body: ThreadSearchRequest,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request`` for POST /threads/search."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/threads/search",
    }

    _kwargs["json"] = body

    return _kwargs


def parse_response(response: httpx.Response) -> list[Thread | ThreadSelection]:
    """The documented result of a successful (2xx) response.

    Raises:
        UnexpectedStatus: the status is not a documented success.
    """
    if response.status_code == 200:
        decoded = loads(response.content)
        if type(decoded) is not list:
            raise unexpected("array", decoded)
        for index_0, item_0 in enumerate(decoded):
            try:
                if not isinstance(item_0, dict):
                    raise unexpected("object", item_0)
                if isinstance(item_0, dict):
                    mismatches_1 = no_mismatches()
                    try:
                        Thread._check(item_0)
                    except ShapeError as mismatch:
                        mismatches_1.append(("Thread", mismatch))
                    if len(mismatches_1) == 1:
                        try:
                            ThreadSelection._check(item_0)
                        except ShapeError as mismatch:
                            mismatches_1.append(("ThreadSelection", mismatch))
                    if len(mismatches_1) == 2:
                        raise fits_none(mismatches_1)

            except ShapeError as exc:
                raise exc.within(f"[{index_0}]")
        response_200 = decoded
        if not isinstance(response_200, list):
            raise unexpected("array", response_200)
        # The decoded list is ours: each item is replaced by its model in place.
        for index, response_200_item_data in enumerate(response_200):
            try:
                _response_200_item = response_200_item_data
                response_200_item: Thread | ThreadSelection
                try:
                    if not isinstance(_response_200_item, dict):
                        raise unexpected("Thread", _response_200_item)
                    response_200_item_type_0 = Thread.from_dict(_response_200_item)

                    response_200_item = response_200_item_type_0

                except (TypeError, ValueError, AttributeError, KeyError):
                    if not isinstance(_response_200_item, dict):
                        raise unexpected("ThreadSelection", _response_200_item)
                    response_200_item_type_1 = ThreadSelection.from_dict(
                        _response_200_item
                    )

                    response_200_item = response_200_item_type_1

            except ShapeError as exc:
                raise exc.within(f"[{index}]")
            response_200[index] = response_200_item
        return cast(list[Thread | ThreadSelection], response_200)
    raise UnexpectedStatus(response.status_code, response.content)

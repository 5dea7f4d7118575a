from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    Unset,
    aware_datetime,
    required_getter,
    to_json,
    unexpected,
)


class ThreadTtlInfo(JSONModel):
    """TTL of a thread; only with `include=ttl`, and never on the in-memory runtime."""

    __slots__ = ("_t_expires_at",)
    _t_expires_at: datetime.datetime | None | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "strategy",
            "ttl_minutes",
            "expires_at",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "strategy",
        "ttl_minutes",
        "expires_at",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, NoneType, Unset),
        (int, float, NoneType, Unset),
        (str, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            strategy: None | str | Unset = UNSET,
            ttl_minutes: float | None | Unset = UNSET,
            expires_at: datetime.datetime | None | Unset = UNSET,
        ) -> None:
            """A ThreadTtlInfo built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            strategy: None | str | Unset = UNSET,
            ttl_minutes: float | None | Unset = UNSET,
            expires_at: datetime.datetime | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadTtlInfo built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(strategy, Unset):
                json_["strategy"] = strategy
            if not isinstance(ttl_minutes, Unset):
                json_["ttl_minutes"] = ttl_minutes
            if not isinstance(expires_at, Unset):
                json_["expires_at"] = to_json(expires_at)
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def strategy(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "strategy", UNSET)
        return value

    @property
    def ttl_minutes(self) -> float | None | Unset:
        value: float | None | Unset = dict.get(self, "ttl_minutes", UNSET)
        return value

    @property
    def expires_at(self) -> datetime.datetime | None | Unset:
        try:
            return self._t_expires_at
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "expires_at", UNSET)
            typed: datetime.datetime | None | Unset
            if _typed is None or isinstance(_typed, Unset):
                typed = _typed
            else:
                if not isinstance(_typed, str):
                    raise unexpected("datetime.datetime", _typed)
                expires_at_type_0 = aware_datetime(_typed)

                typed = expires_at_type_0

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"expires_at: {exc}") from exc
        self._t_expires_at = typed
        return typed

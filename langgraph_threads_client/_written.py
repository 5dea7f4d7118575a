"""Whether an HTTP client's methods are its library's own code, as written.

A step of ``Client.send`` or ``Client.build_request`` is skipped here only where nothing but
the library's own code would run there (``_direct``, ``_request_templates``): a client of the
stack's own class (not a subclass), whose methods named are functions from the file of the
class's own ``__init__``, and not replaced on the client itself. A wrapper of another
module's (a tracer's, a recorder's: ``functools.wraps`` keeps the name, not the code), or an
object that is no function (a mock, wrapt's proxies), is not.
"""

from __future__ import annotations

from operator import attrgetter
from types import FunctionType, ModuleType
from typing import Any

__all__ = ["Methods", "as_written"]


class Methods:
    """Methods of a client class, by name, looked at together."""

    __slots__ = ("names", "of")

    def __init__(self, *names: str) -> None:
        self.names = names
        self.of = attrgetter(*names)  # (the class's methods, a tuple: two names or more)


# (Each client class and methods found as written -> the methods then: a method wrapped
# since, or put back, is looked at again.)
_found: dict[tuple[type, Methods], tuple[Any, ...]] = {}


def as_written(client: Any, library: ModuleType, methods: Methods) -> bool:
    """Whether ``client``'s ``methods`` are ``library``'s own code (httpx's or httpx2's), as
    written."""
    kind = type(client)
    if kind is not library.Client and kind is not library.AsyncClient:
        return False
    if not client.__dict__.keys().isdisjoint(methods.names):
        return False
    found = methods.of(kind)
    if _found.get((kind, methods)) == found:
        return True
    # (The file the class's own __init__ was compiled from: an installation of bytecode
    # only names the file it was built from, not the one it was loaded from.)
    init = kind.__init__
    if type(init) is not FunctionType:
        return False
    home = init.__code__.co_filename
    if not all(
        type(method) is FunctionType and method.__code__.co_filename == home for method in found
    ):
        return False
    _found[kind, methods] = found
    return True

"""The typed models of the threads API, generated from ``openapi.yaml``.

Every model is a read-only ``dict`` of its JSON (``model["key"]``, unknown fields included)
with typed attributes on top; ``to_dict()`` gives back a mutable copy of that JSON. Free-form
JSON objects (metadata, config) are plain ``dict[str, Any]`` values, not classes.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__

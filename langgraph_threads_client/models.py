"""The typed models of the threads API, generated from ``openapi.yaml`` (attrs classes).

Every model keeps fields it does not know in ``additional_properties`` and gives back the
JSON it was parsed from with ``to_dict()``. Free-form JSON objects (metadata, config) are plain
``dict[str, Any]`` values, not classes.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__

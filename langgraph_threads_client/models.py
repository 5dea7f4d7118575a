"""The typed models of the threads API, generated from ``openapi.yaml`` (attrs classes).

Every model keeps fields it does not know in ``additional_properties`` and gives back the
JSON it was parsed from with ``to_dict()``.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__

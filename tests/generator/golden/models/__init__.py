"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .kind import Kind
from .part import Part
from .thing import Thing
from .thing_create import ThingCreate

__all__ = (
    "ErrorResponse",
    "Kind",
    "Part",
    "Thing",
    "ThingCreate",
)

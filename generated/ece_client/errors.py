"""Exceptions of ece-client (defined in the hand-written ece_client._errors)."""

from ._errors import *  # noqa: F403
from ._errors import __all__  # noqa: F401

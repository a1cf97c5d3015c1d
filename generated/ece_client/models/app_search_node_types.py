from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class AppSearchNodeTypes(Model):
    """Node types to enable for an AppSearch instance

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    appserver: Field[bool] = Field("appserver", BOOL, required=True)
    """ Defines whether this instance should run as Application/API server """
    worker: Field[bool] = Field("worker", BOOL, required=True)
    """ Defines whether this instance should run as background worker """

    def __init__(
        self,
        *,
        appserver: bool,
        worker: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            appserver=appserver,
            worker=worker,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model

if TYPE_CHECKING:
    pass


class DeploymentUpgradeAssistantStatusResponse(Model):
    """The status of your cluster and its readiness to be upgraded

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ready_for_upgrade: Field[bool] = Field("ready_for_upgrade", BOOL, required=True)
    """ A boolean indicating whether or not the cluster is ready to be upgraded """
    details: Field[str] = Field("details", STR, required=True)
    """ Message with information about the number of Elasticsearch and Kibana deprecations """

    def __init__(
        self,
        *,
        ready_for_upgrade: bool,
        details: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ready_for_upgrade=ready_for_upgrade,
            details=details,
        )

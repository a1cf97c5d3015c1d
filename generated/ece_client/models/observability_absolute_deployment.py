from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ObservabilityAbsoluteDeployment(Model):
    """The destination to send logs and metrics to

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    deployment_id: Field[str] = Field("deployment_id", STR, required=True)
    """ The deployment to send logs and/or metrics to. Contains either the deployment's ID or 'self'. """
    ref_id: Field[str | Unset] = Field("ref_id", STR)
    """ RefId of the Elasticsearch cluster to send logs and/or metrics to. If not specified, refId is resolved
    automatically as long as the destination deployment contains a single Elasticsearch resource. """

    def __init__(
        self,
        *,
        deployment_id: str,
        ref_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            deployment_id=deployment_id,
            ref_id=ref_id,
        )

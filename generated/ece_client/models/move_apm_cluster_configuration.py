from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transient_apm_plan_configuration import TransientApmPlanConfiguration


class MoveApmClusterConfiguration(Model):
    """The configuration object for moving APM Servers.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_ids: Field[list[str]] = Field("cluster_ids", list_of(STR), required=True)
    """ Identifiers for the Apm clusters. """
    plan_override: Field[TransientApmPlanConfiguration | Unset] = Field(
        "plan_override", model("TransientApmPlanConfiguration", "transient_apm_plan_configuration")
    )
    """ Plan override to apply to the Apm clusters being moved. """

    def __init__(
        self,
        *,
        cluster_ids: list[str],
        plan_override: TransientApmPlanConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_ids=cluster_ids,
            plan_override=plan_override,
        )

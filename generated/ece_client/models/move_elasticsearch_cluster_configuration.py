from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transient_elasticsearch_plan_configuration import TransientElasticsearchPlanConfiguration


class MoveElasticsearchClusterConfiguration(Model):
    """The configuration object for moving Elasticsearch clusters.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_ids: Field[list[str]] = Field("cluster_ids", list_of(STR), required=True)
    """ Identifiers for the Elasticsearch clusters. """
    plan_override: Field[TransientElasticsearchPlanConfiguration | Unset] = Field(
        "plan_override", model("TransientElasticsearchPlanConfiguration", "transient_elasticsearch_plan_configuration")
    )
    """ Plan override to apply to the Elasticsearch clusters being moved. """

    def __init__(
        self,
        *,
        cluster_ids: list[str],
        plan_override: TransientElasticsearchPlanConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_ids=cluster_ids,
            plan_override=plan_override,
        )

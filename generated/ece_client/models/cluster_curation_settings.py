from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.cluster_curation_spec import ClusterCurationSpec


class ClusterCurationSettings(Model):
    """The index curation settings for an Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    specs: Field[list[ClusterCurationSpec]] = Field(
        "specs", list_of(model("ClusterCurationSpec", "cluster_curation_spec")), required=True
    )
    """ Specifications for curation """

    def __init__(
        self,
        *,
        specs: list[ClusterCurationSpec],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            specs=specs,
        )

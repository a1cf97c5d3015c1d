from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.resource_heap_dumps import ResourceHeapDumps


class DeploymentHeapDumps(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch: Field[list[ResourceHeapDumps]] = Field(
        "elasticsearch", list_of(model("ResourceHeapDumps", "resource_heap_dumps")), required=True
    )
    """ The list of Elasticsearch resources and their heap dumps """
    enterprise_search: Field[list[ResourceHeapDumps]] = Field(
        "enterprise_search", list_of(model("ResourceHeapDumps", "resource_heap_dumps")), required=True
    )
    """ The list of Enterprise Search resources and their heap dumps """

    def __init__(
        self,
        *,
        elasticsearch: list[ResourceHeapDumps],
        enterprise_search: list[ResourceHeapDumps],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch=elasticsearch,
            enterprise_search=enterprise_search,
        )

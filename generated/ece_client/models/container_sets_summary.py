from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.container_set_summary import ContainerSetSummary


class ContainerSetsSummary(Model):
    """Summarized information about container sets

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether all container sets are healthy """
    healthy_container_sets_count: Field[int] = Field("healthy_container_sets_count", INT, required=True)
    """ Number of healthy container sets """
    unhealthy_container_sets_count: Field[int] = Field("unhealthy_container_sets_count", INT, required=True)
    """ Number of unhealthy container sets """
    unhealthy_container_sets: Field[list[ContainerSetSummary]] = Field(
        "unhealthy_container_sets", list_of(model("ContainerSetSummary", "container_set_summary")), required=True
    )
    """ Summarized information about unhealthy container sets """

    def __init__(
        self,
        *,
        healthy: bool,
        healthy_container_sets_count: int,
        unhealthy_container_sets_count: int,
        unhealthy_container_sets: list[ContainerSetSummary],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            healthy_container_sets_count=healthy_container_sets_count,
            unhealthy_container_sets_count=unhealthy_container_sets_count,
            unhealthy_container_sets=unhealthy_container_sets,
        )

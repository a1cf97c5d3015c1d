from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_search_configuration import AppSearchConfiguration
    from ..models.app_search_topology_element import AppSearchTopologyElement
    from ..models.transient_app_search_plan_configuration import TransientAppSearchPlanConfiguration


class AppSearchPlan(Model):
    """The plan for the App Search cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    appsearch: Field[AppSearchConfiguration] = Field(
        "appsearch", model("AppSearchConfiguration", "app_search_configuration"), required=True
    )
    cluster_topology: Field[list[AppSearchTopologyElement] | Unset] = Field(
        "cluster_topology", list_of(model("AppSearchTopologyElement", "app_search_topology_element"))
    )
    transient: Field[TransientAppSearchPlanConfiguration | Unset] = Field(
        "transient", model("TransientAppSearchPlanConfiguration", "transient_app_search_plan_configuration")
    )
    """ Defines configuration parameters that control how the plan (ie consisting of the cluster topology and
    AppSearch settings) is applied """

    def __init__(
        self,
        *,
        appsearch: AppSearchConfiguration,
        cluster_topology: list[AppSearchTopologyElement] | Unset = UNSET,
        transient: TransientAppSearchPlanConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            appsearch=appsearch,
            cluster_topology=cluster_topology,
            transient=transient,
        )

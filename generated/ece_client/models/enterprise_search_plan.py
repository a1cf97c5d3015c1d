from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_search_configuration import EnterpriseSearchConfiguration
    from ..models.enterprise_search_topology_element import EnterpriseSearchTopologyElement
    from ..models.transient_enterprise_search_plan_configuration import TransientEnterpriseSearchPlanConfiguration


class EnterpriseSearchPlan(Model):
    """The plan for the Enterprise Search cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enterprise_search: Field[EnterpriseSearchConfiguration] = Field(
        "enterprise_search", model("EnterpriseSearchConfiguration", "enterprise_search_configuration"), required=True
    )
    cluster_topology: Field[list[EnterpriseSearchTopologyElement] | Unset] = Field(
        "cluster_topology", list_of(model("EnterpriseSearchTopologyElement", "enterprise_search_topology_element"))
    )
    transient: Field[TransientEnterpriseSearchPlanConfiguration | Unset] = Field(
        "transient",
        model("TransientEnterpriseSearchPlanConfiguration", "transient_enterprise_search_plan_configuration"),
    )
    """ Defines configuration parameters that control how the plan (i.e. consisting of the cluster topology and
    Enterprise Search settings) is applied """

    def __init__(
        self,
        *,
        enterprise_search: EnterpriseSearchConfiguration,
        cluster_topology: list[EnterpriseSearchTopologyElement] | Unset = UNSET,
        transient: TransientEnterpriseSearchPlanConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            enterprise_search=enterprise_search,
            cluster_topology=cluster_topology,
            transient=transient,
        )

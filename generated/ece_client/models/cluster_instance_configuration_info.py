from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_instance_configuration_info_resource import ClusterInstanceConfigurationInfoResource


class ClusterInstanceConfigurationInfo(Model):
    """Information about a configuration that creates a Kibana instance or APM Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the configuration used to create the instance """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the configuration used to create the instance """
    resource: Field[ClusterInstanceConfigurationInfoResource] = Field(
        "resource",
        enum("ClusterInstanceConfigurationInfoResource", "cluster_instance_configuration_info_resource"),
        required=True,
    )
    """ The resource type of the instance configuration """
    config_version: Field[int | Unset] = Field("config_version", INT)
    """ If the IC is configuration controlled, this field is the version either being read back (reads return the
    latest IC unless specified by the 'config_version' URL param), or the version to update. Cannot be used in
    creates. For unversioned IC reads it is left empty. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        resource: ClusterInstanceConfigurationInfoResource,
        config_version: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            resource=resource,
            config_version=config_version,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, FLOAT, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.discrete_sizes import DiscreteSizes
    from ..models.instance_configuration_instance_type import InstanceConfigurationInstanceType
    from ..models.instance_configuration_metadata import InstanceConfigurationMetadata
    from ..models.query_container import QueryContainer


class InstanceConfiguration(Model):
    """The configuration template for Elasticsearch instances, Kibana instances, and APM Servers.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ Display name for the instance configuration. """
    discrete_sizes: Field[DiscreteSizes] = Field(
        "discrete_sizes", model("DiscreteSizes", "discrete_sizes"), required=True
    )
    """ Numerics representing possible instance sizes that the instance configuration supports. """
    id: Field[str | Unset] = Field("id", STR)
    """ Unique identifier for the instance configuration """
    config_version: Field[int | Unset] = Field("config_version", INT)
    """ If the IC is configuration controlled, this field is the version either being read back (reads return the
    latest IC unless specified by the 'config_version' URL param), or the version to update. Cannot be used in
    creates. For unversioned IC reads it is left empty. """
    description: Field[str | Unset] = Field("description", STR)
    """ Optional description for the instance configuration """
    instance_type: Field[InstanceConfigurationInstanceType | Unset] = Field(
        "instance_type", enum("InstanceConfigurationInstanceType", "instance_configuration_instance_type")
    )
    """ The type of instance. For instance configurations where the type is specified in the 'id', the default value
    of 'instance_type' will be automatically inferred. """
    node_types: Field[list[str] | Unset] = Field("node_types", list_of(STR))
    """ Node types (master, data) for the instance. For instance configurations where the type (and tier) is
    specified in the 'id', the default value of 'node_types' will be automatically inferred. """
    allocator_filter: Field[QueryContainer | Unset] = Field(
        "allocator_filter", model("QueryContainer", "query_container")
    )
    """ Optional filter to match allocators against """
    storage_multiplier: Field[float | Unset] = Field("storage_multiplier", FLOAT)
    """ Settings for the instance storage multiplier """
    deleted_on: Field[datetime.datetime | Unset] = Field("deleted_on", DATETIME)
    """ Date/time that this instance configuration was marked for deletion """
    system_owned: Field[bool | Unset] = Field("system_owned", BOOL)
    """ Indicates if a instance configuration is system owned (restricts the set of operations that can be performed
    on it) """
    metadata: Field[InstanceConfigurationMetadata | Unset] = Field(
        "metadata", model("InstanceConfigurationMetadata", "instance_configuration_metadata")
    )
    """ Optional arbitrary metadata to associate with this template. """
    cpu_multiplier: Field[float | Unset] = Field("cpu_multiplier", FLOAT)
    """ Settings for the instance CPU multiplier """
    allowed_zones: Field[list[str] | Unset] = Field("allowed_zones", list_of(STR))
    """ The zones this instance configuration may exist in. Leaving out this parameter or specifying an empty list
    implies all zones are allowed. Normally not needed, but can be useful for exceptional infrastructure
    constraints. """
    max_zones: Field[int | Unset] = Field("max_zones", INT)
    """ The maximum number of availability zones in which this instance configuration has allocators. This field
    will be missing unless explicitly requested with the show_max_zones parameter. """

    def __init__(
        self,
        *,
        name: str,
        discrete_sizes: DiscreteSizes,
        id: str | Unset = UNSET,
        config_version: int | Unset = UNSET,
        description: str | Unset = UNSET,
        instance_type: InstanceConfigurationInstanceType | Unset = UNSET,
        node_types: list[str] | Unset = UNSET,
        allocator_filter: QueryContainer | Unset = UNSET,
        storage_multiplier: float | Unset = UNSET,
        deleted_on: datetime.datetime | Unset = UNSET,
        system_owned: bool | Unset = UNSET,
        metadata: InstanceConfigurationMetadata | Unset = UNSET,
        cpu_multiplier: float | Unset = UNSET,
        allowed_zones: list[str] | Unset = UNSET,
        max_zones: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            discrete_sizes=discrete_sizes,
            id=id,
            config_version=config_version,
            description=description,
            instance_type=instance_type,
            node_types=node_types,
            allocator_filter=allocator_filter,
            storage_multiplier=storage_multiplier,
            deleted_on=deleted_on,
            system_owned=system_owned,
            metadata=metadata,
            cpu_multiplier=cpu_multiplier,
            allowed_zones=allowed_zones,
            max_zones=max_zones,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, enum, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discrete_sizes_resource import DiscreteSizesResource


class DiscreteSizes(Model):
    """Instance sizes that are supported by the Elasticsearch instance, Kibana instance, or APM Server configuration.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    sizes: Field[list[int]] = Field("sizes", list_of(INT), required=True)
    """ List of supported sizes """
    default_size: Field[int | Unset] = Field("default_size", INT)
    """ The default size """
    resource: Field[DiscreteSizesResource | Unset] = Field(
        "resource", enum("DiscreteSizesResource", "discrete_sizes_resource")
    )
    """ The unit that each size represents. If not specified, it will default to 'memory'. """

    def __init__(
        self,
        *,
        sizes: list[int],
        default_size: int | Unset = UNSET,
        resource: DiscreteSizesResource | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            sizes=sizes,
            default_size=default_size,
            resource=resource,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, Field, Model, enum

if TYPE_CHECKING:
    from ..models.dimension_type import DimensionType


class Dimension(Model):
    """Billing dimension

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[DimensionType] = Field("type", enum("DimensionType", "dimension_type"), required=True)
    """ The type of the billing dimension """
    cost: Field[float] = Field("cost", FLOAT, required=True)
    """ The cost of the billing dimension """

    def __init__(
        self,
        *,
        type_: DimensionType,
        cost: float,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            type_=type_,
            cost=cost,
        )

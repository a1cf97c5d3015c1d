from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, FLOAT, STR, Field, Model

if TYPE_CHECKING:
    import datetime


class SimplifiedLineItem(Model):
    """Line Item

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ Line Item ID """
    ecu_quantity: Field[float] = Field("ecu_quantity", FLOAT, required=True)
    """ Original Elastic Consumption Unit (ECU) quantity """
    ecu_balance: Field[float] = Field("ecu_balance", FLOAT, required=True)
    """ Elastic Consumption Unit (ECU) Balance """
    start: Field[datetime.datetime] = Field("start", DATETIME, required=True)
    """ Start of the line item's validity """
    end: Field[datetime.datetime] = Field("end", DATETIME, required=True)
    """ Expiration of the line item """

    def __init__(
        self,
        *,
        id: str,
        ecu_quantity: float,
        ecu_balance: float,
        start: datetime.datetime,
        end: datetime.datetime,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            ecu_quantity=ecu_quantity,
            ecu_balance=ecu_balance,
            start=start,
            end=end,
        )

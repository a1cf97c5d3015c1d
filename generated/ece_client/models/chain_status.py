from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model

if TYPE_CHECKING:
    import datetime


class ChainStatus(Model):
    """Chain expiration information

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    expiration_date: Field[datetime.datetime] = Field("expiration_date", DATETIME, required=True)
    """ When this chain is going to expire due any of its certificates expiring (ISO format in UTC) """
    first_certificate_to_expire: Field[str] = Field("first_certificate_to_expire", STR, required=True)
    """ Information on the first certificate expiring in the chain """

    def __init__(
        self,
        *,
        expiration_date: datetime.datetime,
        first_certificate_to_expire: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            expiration_date=expiration_date,
            first_certificate_to_expire=first_certificate_to_expire,
        )

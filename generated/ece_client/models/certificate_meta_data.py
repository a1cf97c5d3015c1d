from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class CertificateMetaData(Model):
    """The certificate MetaData

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    fingerprint: Field[str] = Field("fingerprint", STR, required=True)
    """ The fingerprint of the certificate """
    valid_to: Field[datetime.datetime] = Field("valid_to", DATETIME, required=True)
    """ The expiry date of the certificate in UTC """
    valid_from: Field[datetime.datetime] = Field("valid_from", DATETIME, required=True)
    """ The valid from date of the certificate in UTC """
    also_trusted_by: Field[list[str] | Unset] = Field("also_trusted_by", list_of(STR))
    """ Other deployments also trusting this certificate """

    def __init__(
        self,
        *,
        fingerprint: str,
        valid_to: datetime.datetime,
        valid_from: datetime.datetime,
        also_trusted_by: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            fingerprint=fingerprint,
            valid_to=valid_to,
            valid_from=valid_from,
            also_trusted_by=also_trusted_by,
        )

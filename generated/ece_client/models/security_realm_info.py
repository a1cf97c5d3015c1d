from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_realm_info_type import SecurityRealmInfoType


class SecurityRealmInfo(Model):
    """The overview for the Elasticsearch security realm.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The identifier for the security realm """
    name: Field[str] = Field("name", STR, required=True)
    """ The friendly name of the security realm """
    type_: Field[SecurityRealmInfoType] = Field(
        "type", enum("SecurityRealmInfoType", "security_realm_info_type"), required=True
    )
    """ The type of the security realm """
    urls: Field[list[str]] = Field("urls", list_of(STR), required=True)
    """ The URLs associated with the security realm """
    enabled: Field[bool | Unset] = Field("enabled", BOOL)
    """ True if the security realm is enabled """
    order: Field[int | Unset] = Field("order", INT)
    """ The order the security realm should be evaluated """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        type_: SecurityRealmInfoType,
        urls: list[str],
        enabled: bool | Unset = UNSET,
        order: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            type_=type_,
            urls=urls,
            enabled=enabled,
            order=order,
        )

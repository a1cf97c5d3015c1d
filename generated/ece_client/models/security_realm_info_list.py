from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.security_realm_info import SecurityRealmInfo


class SecurityRealmInfoList(Model):
    """A list of Elasticsearch security realms.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    realms: Field[list[SecurityRealmInfo]] = Field(
        "realms", list_of(model("SecurityRealmInfo", "security_realm_info")), required=True
    )
    """ The list of security realms """

    def __init__(
        self,
        *,
        realms: list[SecurityRealmInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            realms=realms,
        )

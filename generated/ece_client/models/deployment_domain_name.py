from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class DeploymentDomainName(Model):
    """Deployment domain name configuration

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[str] = Field("value", STR, required=True)
    """ The domain name for all deployments. The hostname of an application in a deployment is constructed from the
    application ID and the domain name (for example, 1234567890.example.com). """

    def __init__(
        self,
        *,
        value: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
        )

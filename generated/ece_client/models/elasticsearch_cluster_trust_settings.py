from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_trust_relationship import AccountTrustRelationship
    from ..models.direct_trust_relationship import DirectTrustRelationship
    from ..models.external_trust_relationship import ExternalTrustRelationship


class ElasticsearchClusterTrustSettings(Model):
    """Configuration of trust with other clusters.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    accounts: Field[list[AccountTrustRelationship] | Unset] = Field(
        "accounts", list_of(model("AccountTrustRelationship", "account_trust_relationship"))
    )
    """ The list of trust relationships with different accounts """
    external: Field[list[ExternalTrustRelationship] | Unset] = Field(
        "external", list_of(model("ExternalTrustRelationship", "external_trust_relationship"))
    )
    """ The list of trust relationships with external entities """
    direct: Field[list[DirectTrustRelationship] | Unset] = Field(
        "direct", list_of(model("DirectTrustRelationship", "direct_trust_relationship"))
    )
    """ The list of trust relationships where the certificate is bundled with the trust setting. Allows configuring
    trust for clusters running outside of an Elastic Cloud managed environment or in an Elastic Cloud
    environment without an environment level trust established. """

    def __init__(
        self,
        *,
        accounts: list[AccountTrustRelationship] | Unset = UNSET,
        external: list[ExternalTrustRelationship] | Unset = UNSET,
        direct: list[DirectTrustRelationship] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            accounts=accounts,
            external=external,
            direct=direct,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_trust_relationship_type import DirectTrustRelationshipType
    from ..models.trusted_certificate import TrustedCertificate


class DirectTrustRelationship(Model):
    """The trust relationship with entities trusted directly having their certificate bundled together with the trust
    settings.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ a human readable name of the trust relationship """
    trust_all: Field[bool] = Field("trust_all", BOOL, required=True)
    """ If true, scope_id is required and the `trust_allowlist` is ignored and all clusters matching the scope id
    will be trusted. """
    certificates: Field[list[TrustedCertificate]] = Field(
        "certificates", list_of(model("TrustedCertificate", "trusted_certificate")), required=True
    )
    """ The public ca certificate(s) to trust. Only one is required, but it is possible to specify multiple
    certificates in order to facilitate key rotation. """
    uid: Field[str | Unset] = Field("uid", STR)
    """ Auto generated identifier for this trust, allows distinguishing between update vs remove and add. """
    type_: Field[DirectTrustRelationshipType | Unset] = Field(
        "type", enum("DirectTrustRelationshipType", "direct_trust_relationship_type")
    )
    """ The type can either be ESS, ECE, generic or proxy. If none is specified, then generic is assumed. If proxy
    is specified, trust_all should be false and trust_allowlist, scope_id and additional_node_names should be
    omitted. """
    trust_allowlist: Field[list[str] | Unset] = Field("trust_allowlist", list_of(STR))
    """ The list of clusters with matching scope to trust. Only used when `trust_all` is false. Providing one or
    more clusters makes scope_id mandatory. """
    scope_id: Field[str | Unset] = Field("scope_id", STR)
    """ A lowercase alphanumerical string of max 32 characters. Usually an organization id or an environment id, but
    could really be any suitable suffix for clusters using the CA certificate of this trust. Required unless
    trust_all is false and trust_allowlist is empty. """
    additional_node_names: Field[list[str] | Unset] = Field("additional_node_names", list_of(STR))
    """ A list of node names trusted in addition to those deducible from trust_allowlist and scope id. Allows
    trusting nodes that don't have a scoped name at the cost of maintaining the list. Mandatory if scope id is
    not defined. Wildcards are not allowed. """

    def __init__(
        self,
        *,
        name: str,
        trust_all: bool,
        certificates: list[TrustedCertificate],
        uid: str | Unset = UNSET,
        type_: DirectTrustRelationshipType | Unset = UNSET,
        trust_allowlist: list[str] | Unset = UNSET,
        scope_id: str | Unset = UNSET,
        additional_node_names: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            trust_all=trust_all,
            certificates=certificates,
            uid=uid,
            type_=type_,
            trust_allowlist=trust_allowlist,
            scope_id=scope_id,
            additional_node_names=additional_node_names,
        )

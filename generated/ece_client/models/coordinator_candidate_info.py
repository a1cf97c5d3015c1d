from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, enum, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinator_candidate_info_attributes import CoordinatorCandidateInfoAttributes
    from ..models.coordinator_candidate_info_state import CoordinatorCandidateInfoState
    from ..models.zk_acl import ZkAcl


class CoordinatorCandidateInfo(Model):
    """Summarized information about a coordinator candidate.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ Name of this coordinator candidate. """
    public_hostname: Field[str] = Field("public_hostname", STR, required=True)
    """ Public hostname of this coordinator candidate """
    acl: Field[ZkAcl] = Field("acl", model("ZkAcl", "zk_acl"), required=True)
    """ Zookeeper ACL of nodes this coordinator candidate is allowed to read """
    attributes: Field[CoordinatorCandidateInfoAttributes] = Field(
        "attributes",
        model("CoordinatorCandidateInfoAttributes", "coordinator_candidate_info_attributes"),
        required=True,
    )
    """ Attributes of this coordinator candidate """
    state: Field[CoordinatorCandidateInfoState] = Field(
        "state", enum("CoordinatorCandidateInfoState", "coordinator_candidate_info_state"), required=True
    )
    """ State of the candidate """
    id: Field[int | Unset] = Field("id", INT)
    """ Zookeeper server identifier corresponding to this coordinator candidate """

    def __init__(
        self,
        *,
        name: str,
        public_hostname: str,
        acl: ZkAcl,
        attributes: CoordinatorCandidateInfoAttributes,
        state: CoordinatorCandidateInfoState,
        id: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            public_hostname=public_hostname,
            acl=acl,
            attributes=attributes,
            state=state,
            id=id,
        )

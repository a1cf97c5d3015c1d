from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.coordinator_summary_attributes import CoordinatorSummaryAttributes


class CoordinatorSummary(Model):
    """Summarized information about a coordinator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ Name of this coordinator """
    public_hostname: Field[str] = Field("public_hostname", STR, required=True)
    """ Public hostname of this coordinator """
    leader_port: Field[int] = Field("leader_port", INT, required=True)
    """ Leader port of this coordinator """
    election_port: Field[int] = Field("election_port", INT, required=True)
    """ Election port of this coordinator """
    client_port: Field[int] = Field("client_port", INT, required=True)
    """ Client port of this coordinator """
    attributes: Field[CoordinatorSummaryAttributes] = Field(
        "attributes", model("CoordinatorSummaryAttributes", "coordinator_summary_attributes"), required=True
    )
    """ Attributes of this coordinator """

    def __init__(
        self,
        *,
        name: str,
        public_hostname: str,
        leader_port: int,
        election_port: int,
        client_port: int,
        attributes: CoordinatorSummaryAttributes,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            public_hostname=public_hostname,
            leader_port=leader_port,
            election_port=election_port,
            client_port=client_port,
            attributes=attributes,
        )

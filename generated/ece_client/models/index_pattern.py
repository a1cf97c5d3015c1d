from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_pattern_node_attributes import IndexPatternNodeAttributes


class IndexPattern(Model):
    """An index pattern described indicating how it has to be migrated to ILM.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    index_pattern: Field[str] = Field("index_pattern", STR, required=True)
    """ Index pattern to which the ILM policy will be applied. """
    policy_name: Field[str] = Field("policy_name", STR, required=True)
    """ Name of the policy to create """
    node_attributes: Field[IndexPatternNodeAttributes | Unset] = Field(
        "node_attributes", model("IndexPatternNodeAttributes", "index_pattern_node_attributes")
    )
    """ Defines the Elasticsearch node attributes for the warm element of the topology """

    def __init__(
        self,
        *,
        index_pattern: str,
        policy_name: str,
        node_attributes: IndexPatternNodeAttributes | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            index_pattern=index_pattern,
            policy_name=policy_name,
            node_attributes=node_attributes,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ElasticsearchNodeType(Model):
    """Controls the combinations of Elasticsearch node types. TIP: By default, the Elasticsearch node is master
    eligible, can hold data, and run ingest pipelines. WARNING: Do not set for tiebreaker topologies.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    master: Field[bool | Unset] = Field("master", BOOL)
    """ Defines whether this node can be elected master (default: false) """
    data: Field[bool | Unset] = Field("data", BOOL)
    """ Defines whether this node can hold data (default: false) """
    ingest: Field[bool | Unset] = Field("ingest", BOOL)
    """ Defines whether this node can run an ingest pipeline (default: false) """
    ml: Field[bool | Unset] = Field("ml", BOOL)
    """ Defines whether this node can run ml jobs, valid only for versions 5.4.0 or greater (default: false) """

    def __init__(
        self,
        *,
        master: bool | Unset = UNSET,
        data: bool | Unset = UNSET,
        ingest: bool | Unset = UNSET,
        ml: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            master=master,
            data=data,
            ingest=ingest,
            ml=ml,
        )

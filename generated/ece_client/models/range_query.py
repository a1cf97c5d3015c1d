from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_query_gt import RangeQueryGt
    from ..models.range_query_gte import RangeQueryGte
    from ..models.range_query_lt import RangeQueryLt
    from ..models.range_query_lte import RangeQueryLte


class RangeQuery(Model):
    """The query that matches documents with fields that contain terms within a specified range.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    gt: Field[RangeQueryGt | Unset] = Field("gt", model("RangeQueryGt", "range_query_gt"))
    """ Greater-than """
    gte: Field[RangeQueryGte | Unset] = Field("gte", model("RangeQueryGte", "range_query_gte"))
    """ Greater-than or equal to """
    lt: Field[RangeQueryLt | Unset] = Field("lt", model("RangeQueryLt", "range_query_lt"))
    """ Less-than """
    lte: Field[RangeQueryLte | Unset] = Field("lte", model("RangeQueryLte", "range_query_lte"))
    """ Less-than or equal to. """
    boost: Field[float | Unset] = Field("boost", FLOAT)
    """ An optional boost value to apply to the query. """
    format_: Field[str | Unset] = Field("format", STR)
    """ Formatted dates will be parsed using the format specified on the date field by default, but it can be
    overridden by passing the format parameter. """
    time_zone: Field[str | Unset] = Field("time_zone", STR)
    """ Dates can be converted from another timezone to UTC either by specifying the time zone in the date value
    itself (if the format accepts it), or it can be specified as the time_zone parameter. """

    def __init__(
        self,
        *,
        gt: RangeQueryGt | Unset = UNSET,
        gte: RangeQueryGte | Unset = UNSET,
        lt: RangeQueryLt | Unset = UNSET,
        lte: RangeQueryLte | Unset = UNSET,
        boost: float | Unset = UNSET,
        format_: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
            boost=boost,
            format_=format_,
            time_zone=time_zone,
        )

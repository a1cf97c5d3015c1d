from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_failed_reply_element import BasicFailedReplyElement
    from ..models.transient_app_search_plan_configuration import TransientAppSearchPlanConfiguration


class MoveAppSearchDetails(Model):
    """Information about the App Search that you want to move.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_id: Field[str] = Field("cluster_id", STR, required=True)
    """ Identifier for the App Search. """
    calculated_plan: Field[TransientAppSearchPlanConfiguration | Unset] = Field(
        "calculated_plan", model("TransientAppSearchPlanConfiguration", "transient_app_search_plan_configuration")
    )
    """ If only validating the move, then the plan configuration that would be applied to the cluster. """
    errors: Field[list[BasicFailedReplyElement] | Unset] = Field(
        "errors", list_of(model("BasicFailedReplyElement", "basic_failed_reply_element"))
    )
    """ A list of errors that occurred if the attempt to move the cluster failed. """

    def __init__(
        self,
        *,
        cluster_id: str,
        calculated_plan: TransientAppSearchPlanConfiguration | Unset = UNSET,
        errors: list[BasicFailedReplyElement] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_id=cluster_id,
            calculated_plan=calculated_plan,
            errors=errors,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.comment_with_meta import CommentWithMeta


class CommentsWithMetas(Model):
    """A list of persisted Comments

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    values: Field[list[CommentWithMeta]] = Field(
        "values", list_of(model("CommentWithMeta", "comment_with_meta")), required=True
    )
    """ The list of comments """

    def __init__(
        self,
        *,
        values: list[CommentWithMeta],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            values=values,
        )

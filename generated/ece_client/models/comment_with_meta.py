from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.comment import Comment
    from ..models.metadata import Metadata


class CommentWithMeta(Model):
    """A persisted Comment along with its metadata

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    comment: Field[Comment] = Field("comment", model("Comment", "comment"), required=True)
    """ The comment """
    metadata: Field[Metadata] = Field("metadata", model("Metadata", "metadata"), required=True)
    """ The metadata """

    def __init__(
        self,
        *,
        comment: Comment,
        metadata: Metadata,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            comment=comment,
            metadata=metadata,
        )

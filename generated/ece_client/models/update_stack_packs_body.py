from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import ANY, Field, Model

if TYPE_CHECKING:
    from ..types import File


class UpdateStackPacksBody(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    file: Field[File] = Field("file", ANY, required=True)
    """ Zip file that contains one or multiple stack configurations """

    def __init__(
        self,
        *,
        file: File,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            file=file,
        )

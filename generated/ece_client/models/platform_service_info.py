from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.platform_service_image_info import PlatformServiceImageInfo


class PlatformServiceInfo(Model):
    """The platform service information.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[str] = Field("type", STR, required=True)
    """ Name of service """
    image: Field[list[PlatformServiceImageInfo]] = Field(
        "image", list_of(model("PlatformServiceImageInfo", "platform_service_image_info")), required=True
    )

    def __init__(
        self,
        *,
        type_: str,
        image: list[PlatformServiceImageInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            type_=type_,
            image=image,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.platform_service_info import PlatformServiceInfo
    from ..models.region_info import RegionInfo
    from ..models.unreachable_region_info import UnreachableRegionInfo


class PlatformInfo(Model):
    """Information about the platform.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str] = Field("version", STR, required=True)
    """ Platform version """
    services: Field[list[PlatformServiceInfo]] = Field(
        "services", list_of(model("PlatformServiceInfo", "platform_service_info")), required=True
    )
    phone_home_enabled: Field[bool] = Field("phone_home_enabled", BOOL, required=True)
    """ Is the phone-home service, which returns anonymized usage statistics to Elastic, enabled """
    eula_accepted: Field[bool] = Field("eula_accepted", BOOL, required=True)
    """ Indicates if the End User License Agreement been accepted """
    regions: Field[list[RegionInfo]] = Field("regions", list_of(model("RegionInfo", "region_info")), required=True)
    """ Information on regions """
    unreachable_regions: Field[list[UnreachableRegionInfo]] = Field(
        "unreachable_regions", list_of(model("UnreachableRegionInfo", "unreachable_region_info")), required=True
    )
    """ Information on currently unreachable regions """

    def __init__(
        self,
        *,
        version: str,
        services: list[PlatformServiceInfo],
        phone_home_enabled: bool,
        eula_accepted: bool,
        regions: list[RegionInfo],
        unreachable_regions: list[UnreachableRegionInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            version=version,
            services=services,
            phone_home_enabled=phone_home_enabled,
            eula_accepted=eula_accepted,
            regions=regions,
            unreachable_regions=unreachable_regions,
        )

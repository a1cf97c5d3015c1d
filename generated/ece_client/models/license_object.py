from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_info import LicenseInfo
    from ..models.usage_stats import UsageStats


class LicenseObject(Model):
    """The container for a license.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    license_: Field[LicenseInfo] = Field("license", model("LicenseInfo", "license_info"), required=True)
    """ License data """
    usage_stats: Field[UsageStats | Unset] = Field("usage_stats", model("UsageStats", "usage_stats"))
    """ Information about current usage. """

    def __init__(
        self,
        *,
        license_: LicenseInfo,
        usage_stats: UsageStats | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            license_=license_,
            usage_stats=usage_stats,
        )

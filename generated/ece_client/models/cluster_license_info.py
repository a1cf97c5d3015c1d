from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.cluster_license_info_license import ClusterLicenseInfoLicense


class ClusterLicenseInfo(Model):
    """Information about the Elasticsearch cluster license.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    license_: Field[ClusterLicenseInfoLicense] = Field(
        "license", model("ClusterLicenseInfoLicense", "cluster_license_info_license"), required=True
    )
    """ Object containing the cluster license data """

    def __init__(
        self,
        *,
        license_: ClusterLicenseInfoLicense,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            license_=license_,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_license_info import ClusterLicenseInfo


class LicenseInfo(Model):
    """Information about a license.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    uid: Field[str] = Field("uid", STR, required=True)
    """ Unique identifier of the license """
    issuer: Field[str] = Field("issuer", STR, required=True)
    """ Issuer of the license """
    issued_to: Field[str] = Field("issued_to", STR, required=True)
    """ Entity the license was issued to """
    issue_date_in_millis: Field[int] = Field("issue_date_in_millis", INT, required=True)
    """ When the license was issued, in milliseconds since the Unix epoch """
    type_: Field[str] = Field("type", STR, required=True)
    """ Type of the license """
    signature: Field[str] = Field("signature", STR, required=True)
    """ Digital signature """
    start_date_in_millis: Field[int] = Field("start_date_in_millis", INT, required=True)
    """ Initial validity of the license, in milliseconds since the Unix epoch """
    expiry_date_in_millis: Field[int] = Field("expiry_date_in_millis", INT, required=True)
    """ When the license expires, in milliseconds since the Unix epoch """
    version: Field[int | Unset] = Field("version", INT)
    """ Version of the license """
    subscription_type: Field[str | Unset] = Field("subscription_type", STR)
    """ Type of the license subscription """
    max_allocators: Field[int | Unset] = Field("max_allocators", INT)
    """ Maximum number of allocators. Empty for version >= 3 """
    max_ram_per_allocator_mb: Field[int | Unset] = Field("max_ram_per_allocator_mb", INT)
    """ Maximum RAM per allocator in MB. Empty for version >= 3 """
    max_instances: Field[int | Unset] = Field("max_instances", INT)
    """ Maximum number of instances. Only present for version 3 """
    max_resource_units: Field[int | Unset] = Field("max_resource_units", INT)
    """ Maximum number of resource units, where each unit is 64GB. Only present for version > 3 """
    operation_mode: Field[str | Unset] = Field("operation_mode", STR)
    """ Operation mode """
    cluster_licenses: Field[list[ClusterLicenseInfo] | Unset] = Field(
        "cluster_licenses", list_of(model("ClusterLicenseInfo", "cluster_license_info"))
    )
    """ List of cluster licenses """

    def __init__(
        self,
        *,
        uid: str,
        issuer: str,
        issued_to: str,
        issue_date_in_millis: int,
        type_: str,
        signature: str,
        start_date_in_millis: int,
        expiry_date_in_millis: int,
        version: int | Unset = UNSET,
        subscription_type: str | Unset = UNSET,
        max_allocators: int | Unset = UNSET,
        max_ram_per_allocator_mb: int | Unset = UNSET,
        max_instances: int | Unset = UNSET,
        max_resource_units: int | Unset = UNSET,
        operation_mode: str | Unset = UNSET,
        cluster_licenses: list[ClusterLicenseInfo] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            uid=uid,
            issuer=issuer,
            issued_to=issued_to,
            issue_date_in_millis=issue_date_in_millis,
            type_=type_,
            signature=signature,
            start_date_in_millis=start_date_in_millis,
            expiry_date_in_millis=expiry_date_in_millis,
            version=version,
            subscription_type=subscription_type,
            max_allocators=max_allocators,
            max_ram_per_allocator_mb=max_ram_per_allocator_mb,
            max_instances=max_instances,
            max_resource_units=max_resource_units,
            operation_mode=operation_mode,
            cluster_licenses=cluster_licenses,
        )

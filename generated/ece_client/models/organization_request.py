from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class OrganizationRequest(Model):
    """A request to create or update an organization

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str | Unset] = Field("name", STR)
    """ The organization's friendly name """
    default_disk_usage_alerts_enabled: Field[bool | Unset] = Field("default_disk_usage_alerts_enabled", BOOL)
    """ Whether the default disk alerts are enabled """
    notifications_allowed_email_domains: Field[list[str] | Unset] = Field(
        "notifications_allowed_email_domains", list_of(STR)
    )
    """ The list of allowed domains for notification-email recipients """
    billing_contacts: Field[list[str] | Unset] = Field("billing_contacts", list_of(STR))
    """ The list of contacts for billing notifications """
    operational_contacts: Field[list[str] | Unset] = Field("operational_contacts", list_of(STR))
    """ The list of contacts for operational notifications """

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        default_disk_usage_alerts_enabled: bool | Unset = UNSET,
        notifications_allowed_email_domains: list[str] | Unset = UNSET,
        billing_contacts: list[str] | Unset = UNSET,
        operational_contacts: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            default_disk_usage_alerts_enabled=default_disk_usage_alerts_enabled,
            notifications_allowed_email_domains=notifications_allowed_email_domains,
            billing_contacts=billing_contacts,
            operational_contacts=operational_contacts,
        )

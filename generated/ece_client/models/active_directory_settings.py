from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_directory_group_search import ActiveDirectoryGroupSearch
    from ..models.active_directory_security_realm_load_balance import ActiveDirectorySecurityRealmLoadBalance
    from ..models.active_directory_security_realm_role_mapping_rules import ActiveDirectorySecurityRealmRoleMappingRules
    from ..models.active_directory_settings_certificate_url_truststore_type import (
        ActiveDirectorySettingsCertificateUrlTruststoreType,
    )
    from ..models.active_directory_user_search import ActiveDirectoryUserSearch


class ActiveDirectorySettings(Model):
    """Elasticsearch Security Active Directory realm configuration

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The identifier for the security realm """
    name: Field[str] = Field("name", STR, required=True)
    """ The friendly name of the security realm """
    urls: Field[list[str]] = Field("urls", list_of(STR), required=True)
    """ The Active Directory URLs used to authenticate against, in the format ldap[s]://server:port. Note that ldap
    and ldaps protocols cannot be mixed together. """
    domain_name: Field[str] = Field("domain_name", STR, required=True)
    """ Specifies the domain name of the Active Directory (the forest root domain name). """
    bind_anonymously: Field[bool] = Field("bind_anonymously", BOOL, required=True)
    """ When true, bindDb credentials are ignored """
    group_search: Field[ActiveDirectoryGroupSearch | Unset] = Field(
        "group_search", model("ActiveDirectoryGroupSearch", "active_directory_group_search")
    )
    """ The Active Directory group search configuration """
    user_search: Field[ActiveDirectoryUserSearch | Unset] = Field(
        "user_search", model("ActiveDirectoryUserSearch", "active_directory_user_search")
    )
    """ The Active Directory user search configuration. """
    bind_dn: Field[str | Unset] = Field("bind_dn", STR)
    """ The distinguished name of the user that is used to bind to the Active Directory and perform searches. """
    bind_password: Field[str | Unset] = Field("bind_password", STR)
    """ The user password that is used to bind to the Active Directory server. """
    load_balance: Field[ActiveDirectorySecurityRealmLoadBalance | Unset] = Field(
        "load_balance", model("ActiveDirectorySecurityRealmLoadBalance", "active_directory_security_realm_load_balance")
    )
    """ The Active Directory load balancing behavior """
    certificate_url: Field[str | Unset] = Field("certificate_url", STR)
    """ The SSL trusted CA certificate bundle URL. The bundle should be a zip file containing a single keystore file
    'keystore.ks' in the directory '/active_directory/:id/truststore', where :id is the value of the [id] field. """
    certificate_url_truststore_password: Field[str | Unset] = Field("certificate_url_truststore_password", STR)
    """ The password to the certificate bundle URL truststore """
    certificate_url_truststore_type: Field[ActiveDirectorySettingsCertificateUrlTruststoreType | Unset] = Field(
        "certificate_url_truststore_type",
        enum(
            "ActiveDirectorySettingsCertificateUrlTruststoreType",
            "active_directory_settings_certificate_url_truststore_type",
        ),
    )
    """ The format of the truststore file. Should be jks to use the Java Keystore format or PKCS12 to use PKCS#12
    files.  The default is jks. """
    role_mappings: Field[ActiveDirectorySecurityRealmRoleMappingRules | Unset] = Field(
        "role_mappings",
        model("ActiveDirectorySecurityRealmRoleMappingRules", "active_directory_security_realm_role_mapping_rules"),
    )
    """ The role mapping rules associated with the security realm """
    enabled: Field[bool | Unset] = Field("enabled", BOOL)
    """ When true, enables the security realm """
    order: Field[int | Unset] = Field("order", INT)
    """ The order that the security realm is evaluated """
    override_yaml: Field[str | Unset] = Field("override_yaml", STR)
    """ Advanced configuration options in YAML format. Any settings defined here will override any configuration set
    via the API. Note that all keys should omit the 'xpack.security.authc.realms.active_directory.{realm_id}'
    prefix. For example, when the realm ID is set to 'ad1', the advanced configuration
    'xpack.security.authc.realms.active_directory.ad1.ssl.verification_mode: full' should be added as
    'ssl.verification_mode: full'. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        urls: list[str],
        domain_name: str,
        bind_anonymously: bool,
        group_search: ActiveDirectoryGroupSearch | Unset = UNSET,
        user_search: ActiveDirectoryUserSearch | Unset = UNSET,
        bind_dn: str | Unset = UNSET,
        bind_password: str | Unset = UNSET,
        load_balance: ActiveDirectorySecurityRealmLoadBalance | Unset = UNSET,
        certificate_url: str | Unset = UNSET,
        certificate_url_truststore_password: str | Unset = UNSET,
        certificate_url_truststore_type: ActiveDirectorySettingsCertificateUrlTruststoreType | Unset = UNSET,
        role_mappings: ActiveDirectorySecurityRealmRoleMappingRules | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        order: int | Unset = UNSET,
        override_yaml: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            urls=urls,
            domain_name=domain_name,
            bind_anonymously=bind_anonymously,
            group_search=group_search,
            user_search=user_search,
            bind_dn=bind_dn,
            bind_password=bind_password,
            load_balance=load_balance,
            certificate_url=certificate_url,
            certificate_url_truststore_password=certificate_url_truststore_password,
            certificate_url_truststore_type=certificate_url_truststore_type,
            role_mappings=role_mappings,
            enabled=enabled,
            order=order,
            override_yaml=override_yaml,
        )

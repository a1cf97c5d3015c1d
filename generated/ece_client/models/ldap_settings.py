from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ldap_group_search import LdapGroupSearch
    from ..models.ldap_security_realm_load_balance import LdapSecurityRealmLoadBalance
    from ..models.ldap_security_realm_role_mapping_rules import LdapSecurityRealmRoleMappingRules
    from ..models.ldap_settings_bind_type import LdapSettingsBindType
    from ..models.ldap_settings_certificate_url_truststore_type import LdapSettingsCertificateUrlTruststoreType
    from ..models.ldap_user_search import LdapUserSearch


class LdapSettings(Model):
    """The configuration for the Elasticsearch security LDAP realm.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The identifier for the security realm """
    name: Field[str] = Field("name", STR, required=True)
    """ The friendly name of the security realm """
    urls: Field[list[str]] = Field("urls", list_of(STR), required=True)
    """ The LDAP URLs used to authenticate against, in the format ldap[s]://server:port. Note that ldap and ldaps
    protocols cannot be mixed together. """
    bind_anonymously: Field[bool] = Field("bind_anonymously", BOOL, required=True)
    """ When true, bindDb credentials are ignored """
    bind_type: Field[LdapSettingsBindType] = Field(
        "bind_type", enum("LdapSettingsBindType", "ldap_settings_bind_type"), required=True
    )
    """ The type of user binding to apply """
    group_search: Field[LdapGroupSearch | Unset] = Field("group_search", model("LdapGroupSearch", "ldap_group_search"))
    """ The LDAP group search configuration """
    user_search: Field[LdapUserSearch | Unset] = Field("user_search", model("LdapUserSearch", "ldap_user_search"))
    """ The LDAP user search configuration. Only used when bind_type is set to 'user_search'. """
    user_dn_templates: Field[list[str] | Unset] = Field("user_dn_templates", list_of(STR))
    """ The distinguished name template that replaces the user name with the string {0}. Only used when bind_type is
    set to 'user_templates'. """
    bind_dn: Field[str | Unset] = Field("bind_dn", STR)
    """ The distinguished name of the user that is used to bind to the LDAP and perform searches. Only used when
    bind_type is set to 'user_search'. """
    bind_password: Field[str | Unset] = Field("bind_password", STR)
    """ The user password that is used to bind to the LDAP server. Only used when bind_type is set to 'user_search'. """
    user_group_attribute: Field[str | Unset] = Field("user_group_attribute", STR)
    """ Specifies the attribute to examine on the user for group membership. If any 'group_search' settings are
    specified, this setting is ignored. Defaults to 'memberOf'. """
    load_balance: Field[LdapSecurityRealmLoadBalance | Unset] = Field(
        "load_balance", model("LdapSecurityRealmLoadBalance", "ldap_security_realm_load_balance")
    )
    """ The LDAP load balancing behavior """
    certificate_url: Field[str | Unset] = Field("certificate_url", STR)
    """ The SSL trusted CA certificate bundle URL. The bundle should be a zip file containing a single keystore file
    'keystore.ks' in the directory '/ldap/:id/truststore', where :id is the value of the [id] field. """
    certificate_url_truststore_password: Field[str | Unset] = Field("certificate_url_truststore_password", STR)
    """ The password to the certificate bundle URL truststore """
    certificate_url_truststore_type: Field[LdapSettingsCertificateUrlTruststoreType | Unset] = Field(
        "certificate_url_truststore_type",
        enum("LdapSettingsCertificateUrlTruststoreType", "ldap_settings_certificate_url_truststore_type"),
    )
    """ The format of the truststore file. Should be jks to use the Java Keystore format or PKCS12 to use PKCS#12
    files.  The default is jks. """
    role_mappings: Field[LdapSecurityRealmRoleMappingRules | Unset] = Field(
        "role_mappings", model("LdapSecurityRealmRoleMappingRules", "ldap_security_realm_role_mapping_rules")
    )
    """ The role mapping rules associated with the security realm """
    enabled: Field[bool | Unset] = Field("enabled", BOOL)
    """ When true, enables the security realm """
    order: Field[int | Unset] = Field("order", INT)
    """ The order that the security realm is evaluated """
    override_yaml: Field[str | Unset] = Field("override_yaml", STR)
    """ Advanced configuration options in YAML format. Any settings defined here will override any configuration set
    via the API. Note that all keys should omit the 'xpack.security.authc.realms.ldap.{realm_id}' prefix. For
    example, when the realm ID is set to 'ldap1', the advanced configuration
    'xpack.security.authc.realms.ldap.ldap1.ssl.verification_mode: full' should be added as
    'ssl.verification_mode: full'. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        urls: list[str],
        bind_anonymously: bool,
        bind_type: LdapSettingsBindType,
        group_search: LdapGroupSearch | Unset = UNSET,
        user_search: LdapUserSearch | Unset = UNSET,
        user_dn_templates: list[str] | Unset = UNSET,
        bind_dn: str | Unset = UNSET,
        bind_password: str | Unset = UNSET,
        user_group_attribute: str | Unset = UNSET,
        load_balance: LdapSecurityRealmLoadBalance | Unset = UNSET,
        certificate_url: str | Unset = UNSET,
        certificate_url_truststore_password: str | Unset = UNSET,
        certificate_url_truststore_type: LdapSettingsCertificateUrlTruststoreType | Unset = UNSET,
        role_mappings: LdapSecurityRealmRoleMappingRules | Unset = UNSET,
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
            bind_anonymously=bind_anonymously,
            bind_type=bind_type,
            group_search=group_search,
            user_search=user_search,
            user_dn_templates=user_dn_templates,
            bind_dn=bind_dn,
            bind_password=bind_password,
            user_group_attribute=user_group_attribute,
            load_balance=load_balance,
            certificate_url=certificate_url,
            certificate_url_truststore_password=certificate_url_truststore_password,
            certificate_url_truststore_type=certificate_url_truststore_type,
            role_mappings=role_mappings,
            enabled=enabled,
            order=order,
            override_yaml=override_yaml,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.saml_attribute_settings import SamlAttributeSettings
    from ..models.saml_idp_settings import SamlIdpSettings
    from ..models.saml_security_realm_role_mapping_rules import SamlSecurityRealmRoleMappingRules
    from ..models.saml_settings_ssl_certificate_url_truststore_type import SamlSettingsSslCertificateUrlTruststoreType
    from ..models.saml_sp_settings import SamlSpSettings


class SamlSettings(Model):
    """The configuration for the Elasticsearch security SAML realm.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The identifier for the security realm """
    name: Field[str] = Field("name", STR, required=True)
    """ The friendly name of the security realm """
    idp: Field[SamlIdpSettings] = Field("idp", model("SamlIdpSettings", "saml_idp_settings"), required=True)
    """ The SAML Identity Provider configuration """
    sp: Field[SamlSpSettings] = Field("sp", model("SamlSpSettings", "saml_sp_settings"), required=True)
    """ The SAML Service Provider configuration """
    attributes: Field[SamlAttributeSettings] = Field(
        "attributes", model("SamlAttributeSettings", "saml_attribute_settings"), required=True
    )
    """ The SAML attribute mapping configuration """
    nameid_format: Field[str | Unset] = Field("nameid_format", STR)
    """ The NameID format. If not specified the IdP default is used. Example: 'urn:oasis:names:tc:SAML:2.0:nameid-
    format:persistent' """
    role_mappings: Field[SamlSecurityRealmRoleMappingRules | Unset] = Field(
        "role_mappings", model("SamlSecurityRealmRoleMappingRules", "saml_security_realm_role_mapping_rules")
    )
    """ The role mapping rules associated with the security realm """
    enabled: Field[bool | Unset] = Field("enabled", BOOL)
    """ When true, enables the security realm """
    order: Field[int | Unset] = Field("order", INT)
    """ The order that the security realm is evaluated """
    force_authn: Field[bool | Unset] = Field("force_authn", BOOL)
    """ Specifies whether to set the ForceAuthn attribute when requesting that the IdP authenticate the current
    user. If set to true, the IdP is required to verify the user's identity, irrespective of any existing
    sessions they might have. """
    signing_certificate_url: Field[str | Unset] = Field("signing_certificate_url", STR)
    """ The SAML signing certificate bundle URL. The bundle should be a zip file containing 'signing.key' and
    'signing.pem' files in the directory '/saml/:id', where :id is the value of the [id] field. """
    signing_certificate_url_password: Field[str | Unset] = Field("signing_certificate_url_password", STR)
    """ The password to the signing certificate bundle """
    signing_saml_messages: Field[list[str] | Unset] = Field("signing_saml_messages", list_of(STR))
    """ A list of SAML message types that should be signed. Each element in the list should be the local name of a
    SAML XML Element. Supported element types are AuthnRequest, LogoutRequest and LogoutResponse. Only valid if
    a signing certificate is also specified. """
    encryption_certificate_url: Field[str | Unset] = Field("encryption_certificate_url", STR)
    """ The SAML encryption certificate bundle URL. The bundle should be a zip file containing 'encryption.key' and
    'encryption.pem' files in the directory '/saml/:id', where :id is the value of the [id] field. """
    encryption_certificate_url_password: Field[str | Unset] = Field("encryption_certificate_url_password", STR)
    """ The password to the encryption certificate bundle """
    ssl_certificate_url: Field[str | Unset] = Field("ssl_certificate_url", STR)
    """ The SSL trusted CA certificate bundle URL. The bundle should be a zip file containing a single keystore file
    'keystore.ks' Note that all keys should omit the 'xpack.security.authc.realms.saml.{realm_id}' prefix. For
    example, when the realm ID is set to 'saml1', the advanced configuration
    'xpack.security.authc.realms.saml.saml1.ssl.verification_mode: full' should be added as
    'ssl.verification_mode: full'. """
    ssl_certificate_url_truststore_password: Field[str | Unset] = Field("ssl_certificate_url_truststore_password", STR)
    """ The password to the SSL certificate bundle URL truststore """
    ssl_certificate_url_truststore_type: Field[SamlSettingsSslCertificateUrlTruststoreType | Unset] = Field(
        "ssl_certificate_url_truststore_type",
        enum("SamlSettingsSslCertificateUrlTruststoreType", "saml_settings_ssl_certificate_url_truststore_type"),
    )
    """ The format of the keystore file. Should be jks to use the Java Keystore format or PKCS12 to use PKCS#12
    files. The default is jks. """
    override_yaml: Field[str | Unset] = Field("override_yaml", STR)
    """ Advanced configuration options in YAML format. Any settings defined here will override any configuration set
    via the API. Note that all keys should omit 'xpack.security.authc.realms.{realm_type}.{realm_id}'. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        idp: SamlIdpSettings,
        sp: SamlSpSettings,
        attributes: SamlAttributeSettings,
        nameid_format: str | Unset = UNSET,
        role_mappings: SamlSecurityRealmRoleMappingRules | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        order: int | Unset = UNSET,
        force_authn: bool | Unset = UNSET,
        signing_certificate_url: str | Unset = UNSET,
        signing_certificate_url_password: str | Unset = UNSET,
        signing_saml_messages: list[str] | Unset = UNSET,
        encryption_certificate_url: str | Unset = UNSET,
        encryption_certificate_url_password: str | Unset = UNSET,
        ssl_certificate_url: str | Unset = UNSET,
        ssl_certificate_url_truststore_password: str | Unset = UNSET,
        ssl_certificate_url_truststore_type: SamlSettingsSslCertificateUrlTruststoreType | Unset = UNSET,
        override_yaml: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            idp=idp,
            sp=sp,
            attributes=attributes,
            nameid_format=nameid_format,
            role_mappings=role_mappings,
            enabled=enabled,
            order=order,
            force_authn=force_authn,
            signing_certificate_url=signing_certificate_url,
            signing_certificate_url_password=signing_certificate_url_password,
            signing_saml_messages=signing_saml_messages,
            encryption_certificate_url=encryption_certificate_url,
            encryption_certificate_url_password=encryption_certificate_url_password,
            ssl_certificate_url=ssl_certificate_url,
            ssl_certificate_url_truststore_password=ssl_certificate_url_truststore_password,
            ssl_certificate_url_truststore_type=ssl_certificate_url_truststore_type,
            override_yaml=override_yaml,
        )

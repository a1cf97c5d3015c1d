from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ldap_group_search_scope import LdapGroupSearchScope


class LdapGroupSearch(Model):
    """The group search configuration for the Elasticsearch security LDAP realm.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    base_dn: Field[str | Unset] = Field("base_dn", STR)
    """ Specifies a container DN to search for groups in which the user has membership """
    scope: Field[LdapGroupSearchScope | Unset] = Field("scope", enum("LdapGroupSearchScope", "ldap_group_search_scope"))
    """ Specifies whether the group search should be sub_tree, one_level or base. one_level only searches objects
    directly contained within the base_dn. The default sub_tree searches all objects contained under base_dn.
    base specifies that the base_dn is a group object, and that it is the only group considered. """
    filter_: Field[str | Unset] = Field("filter", STR)
    """ Specifies a filter to search for a group. When unspecified, the security realm searches for group,
    groupOfNames, groupOfUniqueNames, or posixGroup with the attributes member, memberOf, or memberUid. Any
    instance of {0} in the filter is replaced by the user attribute defined in user_attribute. """
    user_attribute: Field[str | Unset] = Field("user_attribute", STR)
    """ Specifies the user attribute that is fetched and provided as a parameter to the filter. When unspecified,
    the user DN is passed to the filter. """

    def __init__(
        self,
        *,
        base_dn: str | Unset = UNSET,
        scope: LdapGroupSearchScope | Unset = UNSET,
        filter_: str | Unset = UNSET,
        user_attribute: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            base_dn=base_dn,
            scope=scope,
            filter_=filter_,
            user_attribute=user_attribute,
        )

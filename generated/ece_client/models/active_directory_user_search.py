from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_directory_user_search_scope import ActiveDirectoryUserSearchScope


class ActiveDirectoryUserSearch(Model):
    """Elasticsearch Security Active Directory realm user search configuration

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    base_dn: Field[str | Unset] = Field("base_dn", STR)
    """ Specifies a container DN to search for users """
    scope: Field[ActiveDirectoryUserSearchScope | Unset] = Field(
        "scope", enum("ActiveDirectoryUserSearchScope", "active_directory_user_search_scope")
    )
    """ The scope of the user search. Valid values are sub_tree, one_level, or base. one_level only searches objects
    directly contained in the base_dn. sub_tree searches all objects contained in base_dn. base specifies that
    the base_dn is the user object, and that it is the only user considered. Defaults to sub_tree. """
    filter_: Field[str | Unset] = Field("filter", STR)
    """ Specifies the filter to search the directory and match an entry with the username provided by the user.
    Defaults to (uid={0}). {0} is substituted with the username provided when searching. """

    def __init__(
        self,
        *,
        base_dn: str | Unset = UNSET,
        scope: ActiveDirectoryUserSearchScope | Unset = UNSET,
        filter_: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            base_dn=base_dn,
            scope=scope,
            filter_=filter_,
        )

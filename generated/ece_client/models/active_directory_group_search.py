from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_directory_group_search_scope import ActiveDirectoryGroupSearchScope


class ActiveDirectoryGroupSearch(Model):
    """Elasticsearch Security Active Directory realm group search configuration

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    base_dn: Field[str | Unset] = Field("base_dn", STR)
    """ Specifies a container DN to search for groups in which the user has membership """
    scope: Field[ActiveDirectoryGroupSearchScope | Unset] = Field(
        "scope", enum("ActiveDirectoryGroupSearchScope", "active_directory_group_search_scope")
    )
    """ Specifies whether the group search should be sub_tree, one_level or base. one_level only searches objects
    directly contained within the base_dn. The default sub_tree searches all objects contained under base_dn.
    base specifies that the base_dn is a group object, and that it is the only group considered. """

    def __init__(
        self,
        *,
        base_dn: str | Unset = UNSET,
        scope: ActiveDirectoryGroupSearchScope | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            base_dn=base_dn,
            scope=scope,
        )

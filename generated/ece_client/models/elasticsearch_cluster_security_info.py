from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, INT, Field, Model, list_of, model

if TYPE_CHECKING:
    import datetime

    from ..models.elasticsearch_cluster_role import ElasticsearchClusterRole
    from ..models.elasticsearch_cluster_security_info_roles import ElasticsearchClusterSecurityInfoRoles
    from ..models.elasticsearch_cluster_user import ElasticsearchClusterUser


class ElasticsearchClusterSecurityInfo(Model):
    """For 2.x Elasticsearch clusters, specifies the information about the users and roles. For 5.x Elasticsearch
    clusters, use the Kibana management UI.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[int] = Field("version", INT, required=True)
    """ The resource version number of the security settings """
    last_modified: Field[datetime.datetime] = Field("last_modified", DATETIME, required=True)
    """ The most recent time the security settings were changed (ISO format in UTC) """
    users: Field[list[ElasticsearchClusterUser]] = Field(
        "users", list_of(model("ElasticsearchClusterUser", "elasticsearch_cluster_user")), required=True
    )
    roles: Field[ElasticsearchClusterSecurityInfoRoles] = Field(
        "roles",
        model("ElasticsearchClusterSecurityInfoRoles", "elasticsearch_cluster_security_info_roles"),
        required=True,
    )
    """ An arbitrarily nested JSON object mapping roles to sets of resources and permissions - see the Elasticsearch
    security documentation for more details on roles """
    users_roles: Field[list[ElasticsearchClusterRole]] = Field(
        "users_roles", list_of(model("ElasticsearchClusterRole", "elasticsearch_cluster_role")), required=True
    )

    def __init__(
        self,
        *,
        version: int,
        last_modified: datetime.datetime,
        users: list[ElasticsearchClusterUser],
        roles: ElasticsearchClusterSecurityInfoRoles,
        users_roles: list[ElasticsearchClusterRole],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            version=version,
            last_modified=last_modified,
            users=users,
            roles=roles,
            users_roles=users_roles,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.containers_entry_options import ContainersEntryOptions


class ContainersEntry(Model):
    """Represents the association between a Role and a Container Set

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str] = Field("name", STR, required=True)
    """ Name of the association """
    container_set_name: Field[str] = Field("container_set_name", STR, required=True)
    """ The container set name (id) """
    kind: Field[str] = Field("kind", STR, required=True)
    """ The kind of container set, should be one of 'docker', 'elasticsearch', 'kibana', or 'apm' """
    options: Field[ContainersEntryOptions] = Field(
        "options", model("ContainersEntryOptions", "containers_entry_options"), required=True
    )
    """ The container options """

    def __init__(
        self,
        *,
        name: str,
        container_set_name: str,
        kind: str,
        options: ContainersEntryOptions,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            container_set_name=container_set_name,
            kind=kind,
            options=options,
        )

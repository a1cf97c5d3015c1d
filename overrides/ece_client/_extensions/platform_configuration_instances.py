"""Hand-written additions to the `platform_configuration_instances` operation group: instance
configurations to and from JSON files, as ecctl's ``instance-configuration pull`` and
``create/update -f`` (the file work is in ``_config_files``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET

if TYPE_CHECKING:
    from pathlib import Path

    from .._config_files import PathLike
    from .._request_options import RequestOptions
    from ..models.versioned_id_response import VersionedIdResponse


def _create_args(group: Any, source: Any) -> tuple[str, dict[str, Any]]:
    """(operation, arguments) of a create from a file: PUT at the file's id (refusing to overwrite
    where the release can), else POST for an id ECE makes."""
    from .._capabilities import accepts
    from .._config_files import read_configuration
    from ..models import InstanceConfiguration

    data = read_configuration(source)
    body = InstanceConfiguration.from_dict(data)
    configuration_id = data.get("id")
    if isinstance(configuration_id, str) and configuration_id:
        arguments: dict[str, Any] = {"id": configuration_id, "body": body}
        if accepts(group, "set_instance_configuration", "create_only"):
            arguments["create_only"] = True
        return "set_instance_configuration", arguments
    return "create_instance_configuration", {"body": body}


def _update_args(source: Any, configuration_id: str | None) -> dict[str, Any]:
    from .._config_files import read_configuration
    from ..models import InstanceConfiguration

    data = read_configuration(source)
    chosen = configuration_id or data.get("id")
    if not isinstance(chosen, str) or not chosen:
        where = source if not isinstance(source, Mapping) else "the configuration"
        raise ValueError(f'no instance configuration id: pass id= or put an "id" in {where}')
    if configuration_id and data.get("id") not in (None, configuration_id):
        raise ValueError(f'id={configuration_id!r} but the file says "id": {data.get("id")!r}')
    return {"id": chosen, "body": InstanceConfiguration.from_dict({**data, "id": chosen})}


class PlatformConfigurationInstancesExtension:
    """Methods added to the sync `platform_configuration_instances` group."""

    __slots__ = ()

    def pull_instance_configurations(
        self,
        directory: PathLike,
        *,
        show_deleted: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[Path]:
        """Writes every instance configuration to ``directory/<id>.json`` (ecctl's ``instance-configuration pull``).

        >>> paths = ece.platform_configuration_instances.pull_instance_configurations("ics/")

        Each file holds the configuration's JSON as ECE sent it, ready for
        `create_instance_configuration_from_file` / `update_instance_configuration_from_file`.
        The folder is created if needed; files of the same name are replaced.

        Returns:
            The paths written.

        Raises:
            ece_client.errors.ECEError: A configuration's id is not a plain file name (nothing is written).
        """
        from .._capabilities import operation
        from .._config_files import write_configurations

        listing = operation(self, "get_instance_configurations")(
            show_deleted=UNSET if show_deleted is None else show_deleted, request_options=request_options
        )
        return write_configurations(directory, [item.to_dict() for item in listing])

    def create_instance_configuration_from_file(
        self, source: PathLike | Mapping[str, Any], *, request_options: RequestOptions | None = None
    ) -> VersionedIdResponse:
        """Creates an instance configuration from a JSON file (ecctl's ``instance-configuration create -f``).

        With an ``"id"`` in the file, it is created at that id (``set_instance_configuration``; an
        existing one is not overwritten where the release has ``create_only``: a `ConflictError`);
        without, ECE makes the id (``create_instance_configuration``).

        Raises:
            ece_client.errors.ECEError: The file cannot be read, is not JSON, or is not a JSON object.
        """
        from .._capabilities import operation

        name, arguments = _create_args(self, source)
        return operation(self, name)(**arguments, request_options=request_options)  # type: ignore[no-any-return]

    def update_instance_configuration_from_file(
        self,
        source: PathLike | Mapping[str, Any],
        *,
        id: str | None = None,  # noqa: A002 - the API's own name
        request_options: RequestOptions | None = None,
    ) -> VersionedIdResponse:
        """Replaces an instance configuration with a JSON file's (ecctl's ``instance-configuration update -f``).

        The id is ``id=`` or the file's ``"id"`` (ValueError if neither, or if they differ).
        """
        from .._capabilities import operation

        arguments = _update_args(source, id)
        return operation(self, "set_instance_configuration")(**arguments, request_options=request_options)  # type: ignore[no-any-return]


__all__ = ["PlatformConfigurationInstancesExtension"]

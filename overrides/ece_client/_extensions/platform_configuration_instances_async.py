"""`AsyncPlatformConfigurationInstancesExtension`: the asyncio side of the module beside it
(``platform_configuration_instances.py``), imported with the async group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from .platform_configuration_instances import _create_args, _update_args

if TYPE_CHECKING:
    from pathlib import Path

    from .._config_files import PathLike
    from .._request_options import RequestOptions
    from ..models.versioned_id_response import VersionedIdResponse


class AsyncPlatformConfigurationInstancesExtension:
    """Methods added to the asyncio `platform_configuration_instances` group (same arguments as the sync ones)."""

    __slots__ = ()

    async def pull_instance_configurations(
        self,
        directory: PathLike,
        *,
        show_deleted: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> list[Path]:
        """Writes every instance configuration to ``directory/<id>.json`` (asyncio)."""
        from .._capabilities import operation
        from .._config_files import write_configurations

        listing = await operation(self, "get_instance_configurations")(
            show_deleted=UNSET if show_deleted is None else show_deleted, request_options=request_options
        )
        return write_configurations(directory, [item.to_dict() for item in listing])

    async def create_instance_configuration_from_file(
        self, source: PathLike | Mapping[str, Any], *, request_options: RequestOptions | None = None
    ) -> VersionedIdResponse:
        """Creates an instance configuration from a JSON file (asyncio)."""
        from .._capabilities import operation

        name, arguments = _create_args(self, source)
        return await operation(self, name)(**arguments, request_options=request_options)  # type: ignore[no-any-return]

    async def update_instance_configuration_from_file(
        self,
        source: PathLike | Mapping[str, Any],
        *,
        id: str | None = None,  # noqa: A002 - the API's own name
        request_options: RequestOptions | None = None,
    ) -> VersionedIdResponse:
        """Replaces an instance configuration with a JSON file's (asyncio)."""
        from .._capabilities import operation

        arguments = _update_args(source, id)
        return await operation(self, "set_instance_configuration")(**arguments, request_options=request_options)  # type: ignore[no-any-return]


__all__ = ["AsyncPlatformConfigurationInstancesExtension"]

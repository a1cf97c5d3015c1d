"""Files of the platform's configuration, as ecctl reads and writes them: instance configurations
as one ``<id>.json`` per configuration (``instance-configuration pull``, ``create/update -f``) and
stack pack zips (``stack upload``)."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ._errors import ECEError

PathLike = str | os.PathLike[str]


def configuration_file_name(configuration: Mapping[str, Any]) -> str:
    """``<id>.json``; an id that is not a plain file name is refused (it would write elsewhere)."""
    configuration_id = configuration.get("id")
    if not isinstance(configuration_id, str) or not configuration_id or configuration_id in (".", ".."):
        raise ECEError(f"an instance configuration without a usable id cannot be pulled: id={configuration_id!r}")
    if "/" in configuration_id or "\\" in configuration_id or "\x00" in configuration_id:
        raise ECEError(f"instance configuration id {configuration_id!r} is not a plain file name")
    return f"{configuration_id}.json"


def write_configurations(directory: PathLike, configurations: Iterable[Mapping[str, Any]]) -> list[Path]:
    """Writes each configuration to ``directory/<id>.json`` (indented JSON, as received); the paths written.

    Every name is checked before the first file is written, so a bad id leaves the folder as it was.
    """
    folder = Path(directory)
    named = [(configuration_file_name(item), item) for item in configurations]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, item in named:
        path = folder / name
        path.write_text(json.dumps(item, indent=2, sort_keys=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


def read_configuration(source: PathLike | Mapping[str, Any]) -> dict[str, Any]:
    """An instance configuration's JSON from a file (or given as a mapping), checked to be an object."""
    if isinstance(source, Mapping):
        return dict(source)
    path = Path(source)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ECEError(f"cannot read instance configuration file {str(path)!r}: {error.strerror or error}") from error
    except (ValueError, RecursionError) as error:
        raise ECEError(f"instance configuration file {str(path)!r} is not JSON: {error}") from None
    if not isinstance(data, dict):
        raise ECEError(f"instance configuration file {str(path)!r} holds {type(data).__name__}, not a JSON object")
    return data


def stack_pack(source: PathLike | bytes | BinaryIO, file_name: str | None) -> Any:
    """The ``File`` of a stack pack upload: from a path, bytes or an open binary file."""
    from .types import File

    if isinstance(source, (bytes, bytearray)):
        return File(io.BytesIO(bytes(source)), file_name or "stackpack.zip", "application/zip")
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            content = path.read_bytes()
        except OSError as error:
            raise ECEError(f"cannot read stack pack {str(path)!r}: {error.strerror or error}") from error
        return File(io.BytesIO(content), file_name or path.name, "application/zip")
    if hasattr(source, "read"):
        name = file_name or Path(str(getattr(source, "name", "stackpack.zip"))).name
        return File(source, name, "application/zip")
    raise TypeError(f"a stack pack is a path, bytes or a binary file; got {type(source).__name__}")

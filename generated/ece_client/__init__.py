"""ece-client: the Python SDK for the Elastic Cloud Enterprise 3.8.0 REST API.

    from ece_client import ECE

    with ECE("https://ece.example:12443", api_key="...") as ece:
        deployment = ece.deployments.get_deployment("abc123")

Generated from the ECE 3.8.0 spec; the hand-written layer lives in the
underscore modules beside this one. Names are imported on first use, so `import ece_client` is cheap.
"""

from typing import TYPE_CHECKING, Any

ECE_VERSION = "3.8.0"
"""The ECE release whose API this build of ece-client speaks."""

_LAZY = {
    "ECE": "._client",
    "AsyncECE": "._client",
    "RequestOptions": "._resource",
    "APIResponse": "._resource",
    "StreamedResponse": "._streaming",
    "AsyncStreamedResponse": "._streaming",
    "DownloadProgress": "._progress",
    "UNSET": ".types",
    "Unset": ".types",
    "File": ".types",
}

__all__ = ["ECE_VERSION", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._client import ECE as ECE
    from ._client import AsyncECE as AsyncECE
    from ._progress import DownloadProgress as DownloadProgress
    from ._resource import APIResponse as APIResponse
    from ._resource import RequestOptions as RequestOptions
    from ._streaming import AsyncStreamedResponse as AsyncStreamedResponse
    from ._streaming import StreamedResponse as StreamedResponse
    from .types import UNSET as UNSET
    from .types import File as File
    from .types import Unset as Unset

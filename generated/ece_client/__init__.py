"""ece-client: the Python SDK for the Elastic Cloud Enterprise 3.8.0 REST API.

    from ece_client import ECE

    with ECE("https://ece.example:12443", api_key="...") as ece:
        deployment = ece.deployments.get_deployment("abc123")

Generated from the ECE 3.8.0 spec; the hand-written layer lives in the
underscore modules beside this one. Names are imported on first use, so `import ece_client` is cheap.
"""

import typing as _typing

ECE_VERSION = "3.8.0"
"""The ECE release whose API this build of ece-client speaks."""

__all__ = [
    "ECE",
    "ECE_VERSION",
    "UNSET",
    "APIResponse",
    "AsyncECE",
    "AsyncStreamedResponse",
    "DownloadProgress",
    "File",
    "RequestOptions",
    "StreamedResponse",
    "Unset",
    "__version__",
]

if _typing.TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._api_response import APIResponse as APIResponse
    from ._async_client import AsyncECE as AsyncECE
    from ._client import ECE as ECE
    from ._progress import DownloadProgress as DownloadProgress
    from ._request_options import RequestOptions as RequestOptions
    from ._streaming import AsyncStreamedResponse as AsyncStreamedResponse
    from ._streaming import StreamedResponse as StreamedResponse
    from .types import UNSET as UNSET
    from .types import File as File
    from .types import Unset as Unset

    __version__: str
    """This package's version: `<ECE release>.<revision>` (e.g. "3.8.0.0")."""
else:
    _LAZY = {
        "ECE": "._client",
        "AsyncECE": "._async_client",
        "RequestOptions": "._request_options",
        "APIResponse": "._api_response",
        "StreamedResponse": "._streaming",
        "AsyncStreamedResponse": "._streaming",
        "DownloadProgress": "._progress",
        "UNSET": ".types",
        "Unset": ".types",
        "File": ".types",
    }

    def __getattr__(name: str) -> object:
        """Import a public name on first use (checkers see the imports above instead)."""
        if name == "__version__":
            from importlib.metadata import PackageNotFoundError, version

            try:
                value = version("ece-client")
            except PackageNotFoundError:  # imported from a source tree that was never installed
                value = f"{ECE_VERSION}+unknown"
        else:
            module = _LAZY.get(name)
            if module is None:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
            import importlib

            value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__} - {"_typing", "_LAZY"})

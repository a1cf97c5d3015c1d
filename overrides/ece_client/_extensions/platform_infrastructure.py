"""Hand-written additions to the `platform_infrastructure` operation group."""

from __future__ import annotations


class PlatformInfrastructureExtension:
    """Methods added to the sync `platform_infrastructure` group."""

    __slots__ = ()


class AsyncPlatformInfrastructureExtension:
    """Methods added to the asyncio `platform_infrastructure` group."""

    __slots__ = ()

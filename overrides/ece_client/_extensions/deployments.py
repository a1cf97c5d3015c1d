"""Hand-written additions to the `deployments` operation group."""

from __future__ import annotations


class DeploymentsExtension:
    """Methods added to the sync `deployments` group."""

    __slots__ = ()


class AsyncDeploymentsExtension:
    """Methods added to the asyncio `deployments` group."""

    __slots__ = ()

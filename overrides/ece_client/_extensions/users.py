"""Hand-written additions to the `users` operation group."""

from __future__ import annotations


class UsersExtension:
    """Methods added to the sync `users` group."""

    __slots__ = ()


class AsyncUsersExtension:
    """Methods added to the asyncio `users` group."""

    __slots__ = ()

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Model

if TYPE_CHECKING:
    pass


class GrowShrinkStrategyConfig(Model):
    """A strategy that creates instances with the new plan, migrates data from the old instances, then shuts down the
    old instances. `GrowShrinkStrategyConfig` is safer than 'rolling' and ensures single node availability during a
    plan change, but can be a lot slower on larger clusters.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )

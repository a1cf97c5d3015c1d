from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, enum

if TYPE_CHECKING:
    from ..models.auto_ops_settings_status import AutoOpsSettingsStatus


class AutoOpsSettings(Model):
    """AutoOps settings for this deployment.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    status: Field[AutoOpsSettingsStatus] = Field(
        "status", enum("AutoOpsSettingsStatus", "auto_ops_settings_status"), required=True
    )
    """ See AutoOps integration status for this deployment. """

    def __init__(
        self,
        *,
        status: AutoOpsSettingsStatus,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            status=status,
        )

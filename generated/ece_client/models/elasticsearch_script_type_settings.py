from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ElasticsearchScriptTypeSettings(Model):
    """Enables scripting for the specified type and controls other parameters. Store scripts in indexes (`stored`),
    upload in file bundles (`file`), or use in API requests (`inline`).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enabled: Field[bool | Unset] = Field("enabled", BOOL)
    """ If enabled (default: true) then scripts are enabled, either for sandboxing languages (by default), or for
    all installed languages if 'sandbox_mode' is disabled (or for 6.x). NOTES: (Corresponds to the parameter
    'script.file|stored/indexed|inline') """
    sandbox_mode: Field[bool | Unset] = Field("sandbox_mode", BOOL)
    """ If enabled (default: true) and this script type is enabled, then only the sandbox languages are allowed. By
    default the sandbox languages are painless, expressions and mustache, but this can be restricted via the
    'painless_enabled', 'mustache_enabled' 'expression_enabled' settings.NOTES: Not supported in 6.x.
    (Corresponds to the parameters 'script.engine.[painless|mustache|expressions].[file|stored|inline]') """

    def __init__(
        self,
        *,
        enabled: bool | Unset = UNSET,
        sandbox_mode: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            enabled=enabled,
            sandbox_mode=sandbox_mode,
        )

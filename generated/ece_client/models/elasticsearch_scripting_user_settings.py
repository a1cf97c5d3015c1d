from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_script_type_settings import ElasticsearchScriptTypeSettings


class ElasticsearchScriptingUserSettings(Model):
    """Controls the languages supported by the Elasticsearch cluster, such as Painless, Mustache, and Expressions.
    Controls how the languages are used, such as file, index, and inline. TIP: For complex configurations, leave
    these blank and configure these settings in the user YAML or JSON.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    painless_enabled: Field[bool | Unset] = Field("painless_enabled", BOOL)
    """ (5.x+ only) If enabled (the default) then the painless scripting engine is allowed as a sandboxed language.
    Sandboxed languages are the only ones allowed if 'sandbox_mode' is set to true. NOTES: (Corresponds to the
    parameters 'script.engine.painless.[file|stored|inline]') """
    mustache_enabled: Field[bool | Unset] = Field("mustache_enabled", BOOL)
    """ (5.x+ only) If enabled (the default) then the mustache scripting engine is allowed as a sandboxed language.
    Sandboxed languages are the only ones allowed if 'sandbox_mode' is set to true. NOTES: (Corresponds to the
    parameters 'script.engine.mustache.[file|stored|inline]') """
    expressions_enabled: Field[bool | Unset] = Field("expressions_enabled", BOOL)
    """ (5.x+ only) If enabled (the default) then the expressions scripting engine is allowed as a sandboxed
    language. Sandboxed languages are the only ones allowed if 'sandbox_mode' is set to true. NOTES:
    (Corresponds to the parameters 'script.engine.expression.[file|stored|inline]') """
    stored: Field[ElasticsearchScriptTypeSettings | Unset] = Field(
        "stored", model("ElasticsearchScriptTypeSettings", "elasticsearch_script_type_settings")
    )
    """ Enables scripting for the specified type and controls other parameters. Store scripts in indexes (`stored`),
    upload in file bundles (`file`), or use in API requests (`inline`). """
    file: Field[ElasticsearchScriptTypeSettings | Unset] = Field(
        "file", model("ElasticsearchScriptTypeSettings", "elasticsearch_script_type_settings")
    )
    """ Enables scripting for the specified type and controls other parameters. Store scripts in indexes (`stored`),
    upload in file bundles (`file`), or use in API requests (`inline`). """
    inline: Field[ElasticsearchScriptTypeSettings | Unset] = Field(
        "inline", model("ElasticsearchScriptTypeSettings", "elasticsearch_script_type_settings")
    )
    """ Enables scripting for the specified type and controls other parameters. Store scripts in indexes (`stored`),
    upload in file bundles (`file`), or use in API requests (`inline`). """

    def __init__(
        self,
        *,
        painless_enabled: bool | Unset = UNSET,
        mustache_enabled: bool | Unset = UNSET,
        expressions_enabled: bool | Unset = UNSET,
        stored: ElasticsearchScriptTypeSettings | Unset = UNSET,
        file: ElasticsearchScriptTypeSettings | Unset = UNSET,
        inline: ElasticsearchScriptTypeSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            painless_enabled=painless_enabled,
            mustache_enabled=mustache_enabled,
            expressions_enabled=expressions_enabled,
            stored=stored,
            file=file,
            inline=inline,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.keystore_contents_secrets import KeystoreContentsSecrets


class KeystoreContents(Model):
    """The contents of the Elasticsearch keystore.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    secrets: Field[KeystoreContentsSecrets] = Field(
        "secrets", model("KeystoreContentsSecrets", "keystore_contents_secrets"), required=True
    )
    """ List of secrets """

    def __init__(
        self,
        *,
        secrets: KeystoreContentsSecrets,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            secrets=secrets,
        )

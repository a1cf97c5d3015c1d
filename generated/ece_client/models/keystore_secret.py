from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keystore_secret_value import KeystoreSecretValue


class KeystoreSecret(Model):
    """The value that you configure for the Elasticsearch keystore secret.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[KeystoreSecretValue | Unset] = Field("value", model("KeystoreSecretValue", "keystore_secret_value"))
    """ Value of this setting. This can either be a string or a JSON object that is stored as a JSON string in the
    keystore. NOTE: When the keystore secret is unspecified, it is removed. """
    as_file: Field[bool | Unset] = Field("as_file", BOOL)
    """ Stores the keystore secret as a file. The default is false, which stores the keystore secret as string when
    value is a plain string, or true when value is an object. """

    def __init__(
        self,
        *,
        value: KeystoreSecretValue | Unset = UNSET,
        as_file: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            as_file=as_file,
        )

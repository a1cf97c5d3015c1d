from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, model

if TYPE_CHECKING:
    from ..models.hyperlink import Hyperlink


class EnterpriseSearchInfoLinks(Model):
    """A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about that
    operation

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("Hyperlink", "hyperlink")

    def __init__(
        self,
        **additional_properties: Hyperlink,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> Hyperlink: ...

        def __setitem__(self, key: str, value: Hyperlink) -> None: ...

        @property
        def additional_properties(self) -> dict[str, Hyperlink]: ...

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Model, model

if TYPE_CHECKING:
    from ..models.public_cert_chain import PublicCertChain


class PublicCertChainCollectionCerts(Model):
    """The map of extra certificate ids to their public certificate chains

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = model("PublicCertChain", "public_cert_chain")

    def __init__(
        self,
        **additional_properties: PublicCertChain,
    ) -> None:
        super().__init__(
            additional_properties,
        )

    if TYPE_CHECKING:  # a map's values, typed (the runtime is Model's, decoding with `_additional`)

        def __getitem__(self, key: str) -> PublicCertChain: ...

        def __setitem__(self, key: str, value: PublicCertChain) -> None: ...

        @property
        def additional_properties(self) -> dict[str, PublicCertChain]: ...

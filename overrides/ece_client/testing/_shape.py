"""Fit a JSON body to this release's models: keys a model does not declare are left out, at every
depth, so that the fake serves each release only what that release's ECE would send."""

from __future__ import annotations

from typing import Any

from .._model import Codec, Model, _List, _Map, _Model


def shape(value: Any, codec: Codec | None) -> Any:
    """``value`` as the codec's model tree has it (free-form values and maps of them are kept)."""
    if codec is None:
        return value
    if isinstance(codec, _List):
        return [shape(item, codec.item) for item in value] if isinstance(value, list) else value
    if isinstance(codec, _Map):
        return {key: shape(item, codec.item) for key, item in value.items()} if isinstance(value, dict) else value
    if isinstance(codec, _Model) and isinstance(value, dict):
        return shape_model(value, codec.resolve())
    return value


def shape_model(value: dict[str, Any], model: type[Model]) -> dict[str, Any]:
    """An object as a model class declares it; a map schema (no declared fields) keeps every key."""
    fields = model._fields_by_key()
    if not fields:
        return {key: shape(item, model._additional) for key, item in value.items()}
    return {key: shape(item, fields[key].codec) for key, item in value.items() if key in fields}


def declares(model_name: str, key: str) -> bool:
    """Whether the release's model ``model_name`` declares the JSON key ``key``."""
    from .. import models

    cls = getattr(models, model_name, None)
    return cls is not None and key in cls._fields_by_key()

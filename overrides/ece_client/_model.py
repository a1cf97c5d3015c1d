"""Runtime of the generated models: a typed view over the JSON object a model came from.

Real ECE servers break their spec (missing "required" fields, nulls, unknown keys and enum
values). So a model keeps the JSON it was given and decodes a field only when it is read:
parsing never fails on what it does not look at, unknown data survives, and ``to_dict()``
gives the data back unchanged. A value of the wrong shape raises ``ResponseDecodeError``
(with its path) when it is read; a missing required field raises ``MissingFieldError``.
"""

from __future__ import annotations

import datetime
import importlib
import os
import reprlib
from collections.abc import Callable, Mapping
from enum import Enum
from types import FunctionType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ._errors import DeferredMessage, MissingFieldError, ResponseDecodeError
from ._redact import REDACTED, is_secret_name, redact
from .types import UNSET, Unset

if TYPE_CHECKING:
    import uuid

    # Where a model sits in the response, for error messages: the root's name (a string), or
    # (parent's location, field key, list index or None) for a model reached through a field.
    # Paths are spelled out only when an error needs one, so reads pay for a tuple, not a string.
    Location = str | tuple[Any, str, int | None]

T = TypeVar("T")
M = TypeVar("M", bound="Model")

_SET = object()  # placeholder in _data for a container value that lives in _cache


class Codec:
    """Turns one JSON value into its Python value and back."""

    __slots__ = ()
    container = False  # decoded values may be mutated in place, so they are cached and re-encoded

    def decode(self, raw: Any, path: str) -> Any:
        raise NotImplementedError

    def encode(self, value: Any) -> Any:
        return value


class _Scalar(Codec):
    __slots__ = ("types", "name")

    def __init__(self, types: tuple[type, ...], name: str) -> None:
        self.types = types
        self.name = name

    def decode(self, raw: Any, path: str) -> Any:
        if isinstance(raw, self.types) and not (isinstance(raw, bool) and bool not in self.types):
            return raw
        raise ResponseDecodeError(f"{path}: expected {self.name}, got {type(raw).__name__} {_short(raw, path)}")


class _Any(Codec):
    __slots__ = ()
    container = True

    def decode(self, raw: Any, path: str) -> Any:
        return raw


class SourcedDateTime(datetime.datetime):
    """A datetime that remembers the text it was parsed from, so that it encodes back unchanged."""

    __slots__ = ("_text",)
    _text: str


class _DateTime(Codec):
    __slots__ = ()

    def decode(self, raw: Any, path: str) -> datetime.datetime:
        if isinstance(raw, str):
            value: SourcedDateTime | None
            try:
                value = SourcedDateTime.fromisoformat(raw)  # fast path: what ECE sends
            except ValueError:
                value = _isoparse(raw)
            if value is not None:
                value._text = raw
                return value
        raise ResponseDecodeError(f"{path}: expected an ISO 8601 date-time, got {_short(raw, path)}")

    def encode(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            text = getattr(value, "_text", None)
            if text is not None:
                return text
            text = value.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        return value


def _isoparse(raw: str) -> SourcedDateTime | None:
    """The rest of ISO 8601 (week dates, ...) through dateutil; None if it is not a date-time."""
    from dateutil.parser import isoparse  # type: ignore[import-untyped]

    try:
        parsed = isoparse(raw)
    except (ValueError, OverflowError):
        return None
    return SourcedDateTime.combine(parsed.date(), parsed.timetz())


class _Date(Codec):
    __slots__ = ()

    def decode(self, raw: Any, path: str) -> datetime.date:
        if isinstance(raw, str):
            try:
                return datetime.date.fromisoformat(raw)
            except ValueError:
                pass
        raise ResponseDecodeError(f"{path}: expected an ISO 8601 date, got {_short(raw, path)}")

    def encode(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, datetime.date) else value


class _UUID(Codec):
    __slots__ = ()

    def decode(self, raw: Any, path: str) -> uuid.UUID:
        import uuid  # rare in the spec: not worth its import time for everyone

        try:
            return uuid.UUID(raw)
        except (TypeError, ValueError, AttributeError):
            raise ResponseDecodeError(f"{path}: expected a UUID, got {_short(raw, path)}") from None

    def encode(self, value: Any) -> Any:
        return value if value is None or isinstance(value, str) else str(value)


class _Lazy:
    """Resolves a generated class on first use, so that a model imports no other model.

    The generated code names the class's module, which is imported directly; without it the
    class is looked up by name in ``ece_client.models`` (which loads the index of every model)."""

    __slots__ = ("class_name", "module", "_cls")

    def __init__(self, class_name: str, module: str | None = None) -> None:
        self.class_name = class_name
        self.module = module
        self._cls: Any = None

    def resolve(self) -> Any:
        if self._cls is None:
            found = f".models.{self.module}" if self.module else ".models"
            self._cls = getattr(importlib.import_module(found, __package__), self.class_name)
        return self._cls


class _Enum(_Lazy, Codec):
    __slots__ = ()

    def decode(self, raw: Any, path: str) -> Any:
        try:
            return self.resolve()(raw)
        except ValueError:
            raise ResponseDecodeError(f"{path}: expected a {self.class_name} value, got {_short(raw, path)}") from None

    def encode(self, value: Any) -> Any:
        return value.value if isinstance(value, Enum) else value


class _Model(_Lazy, Codec):
    __slots__ = ()
    container = True

    def decode(self, raw: Any, path: str) -> Any:
        if not isinstance(raw, dict):
            raise ResponseDecodeError(
                f"{path}: expected a {self.class_name} object, got {type(raw).__name__} {_short(raw, path)}"
            )
        return self.resolve()._wrap(raw, path)

    def encode(self, value: Any) -> Any:
        return value.to_dict() if isinstance(value, Model) else value


class _List(Codec):
    __slots__ = ("item",)
    container = True

    def __init__(self, item: Codec) -> None:
        self.item = item

    def decode(self, raw: Any, path: str) -> list[Any]:
        if not isinstance(raw, list):
            raise ResponseDecodeError(f"{path}: expected a list, got {type(raw).__name__} {_short(raw, path)}")
        decode = self.item.decode
        return [decode(value, f"{path}[{index}]") for index, value in enumerate(raw)]

    def encode(self, value: Any) -> Any:
        encode = self.item.encode
        return [encode(item) for item in value]


class _Map(Codec):
    __slots__ = ("item",)
    container = True

    def __init__(self, item: Codec) -> None:
        self.item = item

    def decode(self, raw: Any, path: str) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise ResponseDecodeError(f"{path}: expected an object, got {type(raw).__name__} {_short(raw, path)}")
        decode = self.item.decode
        return {key: decode(value, f"{path}.{key}") for key, value in raw.items()}

    def encode(self, value: Any) -> Any:
        encode = self.item.encode
        return {key: encode(item) for key, item in value.items()}


STR: Codec = _Scalar((str,), "a string")
INT: Codec = _Scalar((int,), "an integer")
FLOAT: Codec = _Scalar((int, float), "a number")
BOOL: Codec = _Scalar((bool,), "a boolean")
ANY: Codec = _Any()
DATETIME: Codec = _DateTime()
DATE: Codec = _Date()
UUID_CODEC: Codec = _UUID()


def model(class_name: str, module: str | None = None) -> Codec:
    """A nested model's codec; `module` is the class's module in ``ece_client.models``."""
    return _Model(class_name, module)


def enum(class_name: str, module: str | None = None) -> Codec:
    """An enum's codec; `module` is the class's module in ``ece_client.models``."""
    return _Enum(class_name, module)


def list_of(item: Codec) -> Codec:
    return _List(item)


def map_of(item: Codec) -> Codec:
    return _Map(item)


def _short(raw: Any, path: str = "") -> str:
    """A value for an error message: short, and redacted (a wrong-typed secret is still a secret)."""
    name = path.rpartition(".")[2].partition("[")[0]
    return REDACTED if name and is_secret_name(name) else reprlib.repr(redact(raw))


def _path(location: Location) -> str:
    """The location as a path, e.g. ``DeploymentGetResponse.resources.elasticsearch[0]``."""
    steps: list[str] = []
    while type(location) is tuple:
        location, key, index = location
        steps.append(key if index is None else f"{key}[{index}]")
    steps.append(str(location))
    steps.reverse()
    return ".".join(steps)


def _missing(instance: Model, key: str, present: bool) -> MissingFieldError:
    """The error for a required field that is null or missing: made without __init__, its message spelled
    out only if it is shown (a caught read, as ``hasattr`` makes, costs no path string)."""
    return _new_error(MissingFieldError, DeferredMessage((_missing_message, instance._location, key, present)))


def _missing_message(location: Location, key: str, present: bool) -> str:
    return f"{_path(location)}.{key}: required field is {'null' if present else 'missing'} in the response"


_new_error = BaseException.__new__


_new = object.__new__


class Field(Generic[T]):
    """A declared property of a model: reads decode the JSON value, writes encode it.

    ``Field(key, codec)`` makes a ``_FieldProperty``: a C-level ``property`` whose getter is a
    closure made for the field's kind of value (see ``_getter_for``), with its common cases
    compiled where ``_speedups`` is built. Every getter behaves as ``_decode_read`` says, and falls
    back to it for anything but the plain case.
    """

    key: str
    codec: Codec
    required: bool
    name: str

    def __new__(cls, key: str, codec: Codec, required: bool = False) -> Field[T]:
        return property.__new__(_FieldProperty)

    def __init__(self, key: str, codec: Codec, required: bool = False) -> None:
        self.key = key
        self.codec = codec
        self.required = required
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    # Typed for what users touch: a model's field reads and writes as T. Reading it from the class
    # gives the Field itself at run time; not declared by an overload, because editors (jedi) then
    # merge both and complete a field's value with the Field's own attributes.
    # (At run time reads go through property's C-level __get__ and the field's getter.)
    def __get__(self, instance: Model | None, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        return _getter_for(self)(instance)  # type: ignore[no-any-return]

    def _decode_read(self, instance: Model, raw: Any) -> Any:
        """A read in full: null or missing (UNSET, an empty list, or MissingFieldError), else decoded."""
        key = self.key
        codec = self.codec
        if raw is None:
            if not self.required:
                return UNSET
            present = key in instance._data
            if present and isinstance(codec, (_List, _Map)):
                empty: Any = [] if isinstance(codec, _List) else {}  # Go servers write an empty list or map as null
                instance._cache[key] = empty
                return empty
            raise _missing(instance, key, present)
        value = codec.decode(raw, f"{_path(instance._location)}.{key}")
        if codec.container:
            instance._cache[key] = value
        return value

    def __set__(self, instance: Model, value: T) -> None:
        key = self.key
        instance._cache.pop(key, None)
        if value is UNSET:
            instance._data.pop(key, None)
        elif value is None or not self.codec.container:
            instance._data[key] = self.codec.encode(value) if value is not None else None
        else:
            instance._cache[key] = value
            instance._data[key] = _SET


class _FieldProperty(property, Field[T]):
    """What ``Field(...)`` makes: reads run property's C-level ``__get__`` straight into the getter
    closure (no Python ``__get__`` looked up and bound on every read); writes go to ``Field.__set__``."""

    def __init__(self, key: str, codec: Codec, required: bool = False) -> None:
        Field.__init__(self, key, codec, required)
        property.__init__(self, _getter_for(self))

    __set__ = Field.__set__

    def __set_name__(self, owner: type, name: str) -> None:
        property.__set_name__(self, owner, name)  # type: ignore[attr-defined]
        Field.__set_name__(self, owner, name)


def _own_code(getter: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The getter with a code object of its own. CPython keeps its inline caches in the code object:
    shared by every field of a kind, `instance._data` and the slot stores of a wrap would see every
    model class and never specialise; one per field sees one class (about 0.4 µs per field at import)."""
    return FunctionType(getter.__code__.replace(), getter.__globals__, getter.__name__, None, getter.__closure__)


# Getters, one closure per field: the value as JSON gives it (exact type, no call, no path)
# returns at once; anything else (null, missing, a subclass, the wrong type) goes through
# Field._decode_read. Container values (models, lists, Any) are cached in the model's _cache.


def _scalar_getter(field: Field[Any], kind: type) -> Callable[[Any], Any]:
    key, required, slow = field.key, field.required, field._decode_read

    def get(instance: Any) -> Any:
        raw = instance._data.get(key)
        if type(raw) is kind:  # a bool is not an int here: its type is bool
            return raw
        if raw is None and not required:
            return UNSET
        return slow(instance, raw)

    return get


def _float_getter(field: Field[Any]) -> Callable[[Any], Any]:
    key, required, slow = field.key, field.required, field._decode_read

    def get(instance: Any) -> Any:
        raw = instance._data.get(key)
        kind = type(raw)
        if kind is float or kind is int:
            return raw
        if raw is None and not required:
            return UNSET
        return slow(instance, raw)

    return get


def _enum_getter(field: Field[Any]) -> Callable[[Any], Any]:
    """Known values come from the enum's own value map (what ``Enum(value)`` looks in first)."""
    key, required, slow, resolve = field.key, field.required, field._decode_read, field.codec.resolve  # type: ignore[attr-defined]
    members: dict[str, Any] | None = None

    def get(instance: Any) -> Any:
        nonlocal members
        raw = instance._data.get(key)
        if type(raw) is str:
            if members is None:
                members = resolve()._value2member_map_
            member = members.get(raw)
            if member is not None:
                return member
        elif raw is None and not required:
            return UNSET
        return slow(instance, raw)

    return get


def _datetime_getter(field: Field[Any]) -> Callable[[Any], Any]:
    key, required, slow = field.key, field.required, field._decode_read
    parse = SourcedDateTime.fromisoformat

    def get(instance: Any) -> Any:
        raw = instance._data.get(key)
        if type(raw) is str:
            try:
                value = parse(raw)
            except ValueError:
                return slow(instance, raw)
            value._text = raw
            return value
        if raw is None and not required:
            return UNSET
        return slow(instance, raw)

    return get


def _any_getter(field: Field[Any]) -> Callable[[Any], Any]:
    key, required, slow = field.key, field.required, field._decode_read

    def get(instance: Any) -> Any:
        cache = instance._cache
        if key in cache:
            return cache[key]
        raw = instance._data.get(key)
        if raw is None:
            return UNSET if not required else slow(instance, raw)
        cache[key] = raw
        return raw

    return get


def _model_getter(field: Field[Any]) -> Callable[[Any], Any]:
    key, required, slow, resolve = field.key, field.required, field._decode_read, field.codec.resolve  # type: ignore[attr-defined]
    target: type[Model] | None = None  # the model class, resolved on first read

    def get(instance: Any) -> Any:
        nonlocal target
        raw = instance._data.get(key)
        if raw is None:  # nothing can be cached (a value set is _SET in _data)
            if required:
                raise _missing(instance, key, key in instance._data)
            return UNSET
        cache = instance._cache
        if key in cache:
            return cache[key]
        if type(raw) is not dict:
            return slow(instance, raw)
        if target is None:
            target = resolve()
        value = _new(target)
        value._data = raw
        value._cache = {}
        value._location = (instance._location, key, None)
        cache[key] = value
        return value

    return get


def _model_list_getter(field: Field[Any]) -> Callable[[Any], Any]:
    key, required, slow, resolve = field.key, field.required, field._decode_read, field.codec.item.resolve  # type: ignore[attr-defined]
    target: type[Model] | None = None  # the item model class, resolved on first non-empty read

    def get(instance: Any) -> Any:
        nonlocal target
        raw = instance._data.get(key)
        if raw is None:  # nothing can be cached (a value set is _SET in _data)
            if not required:
                return UNSET
            if key not in instance._data:
                raise _missing(instance, key, False)
        cache = instance._cache
        if key in cache:
            return cache[key]
        if type(raw) is not list:
            return slow(instance, raw)
        values: list[Any] = []
        if raw:  # an empty list needs no item model imported
            if target is None:
                target = resolve()
            location = instance._location
            index = 0
            append = values.append
            for item in raw:
                if type(item) is not dict:
                    return slow(instance, raw)  # raises, with the item's path
                value = _new(target)
                value._data = item
                value._cache = {}
                value._location = (location, key, index)
                append(value)
                index += 1
        cache[key] = values
        return values

    return get


def _scalar_list_getter(field: Field[Any]) -> Callable[[Any], Any]:
    """A list of strings, integers or booleans: checked item by item, copied once."""
    key, required, slow = field.key, field.required, field._decode_read
    kind = field.codec.item.types[0]  # type: ignore[attr-defined]

    def get(instance: Any) -> Any:
        cache = instance._cache
        if key in cache:
            return cache[key]
        raw = instance._data.get(key)
        if type(raw) is list:
            for item in raw:
                if type(item) is not kind:
                    break
            else:
                values = raw[:]
                cache[key] = values
                return values
        if raw is None and not required:
            return UNSET
        return slow(instance, raw)

    return get


def _enum_list_getter(field: Field[Any]) -> Callable[[Any], Any]:
    """A list of enum values: each looked up in the enum's value map; anything else goes the slow way."""
    key, required, slow, resolve = field.key, field.required, field._decode_read, field.codec.item.resolve  # type: ignore[attr-defined]
    members: dict[str, Any] | None = None

    def get(instance: Any) -> Any:
        nonlocal members
        cache = instance._cache
        if key in cache:
            return cache[key]
        raw = instance._data.get(key)
        if type(raw) is list:
            if members is None:
                members = resolve()._value2member_map_
            values = []
            for item in raw:
                member = members.get(item) if type(item) is str else None
                if member is None:
                    break
                values.append(member)
            else:
                cache[key] = values
                return values
        elif raw is None and not required:
            return UNSET
        return slow(instance, raw)

    return get


def _generic_getter(field: Field[Any]) -> Callable[[Any], Any]:
    key, slow = field.key, field._decode_read

    def get(instance: Any) -> Any:
        cache = instance._cache
        if key in cache:
            return cache[key]
        return slow(instance, instance._data.get(key))

    return get


def _kind_of(codec: Codec) -> str:
    """The kind of value a field holds, as far as reading it fast goes."""
    if isinstance(codec, _Scalar):
        return "number" if codec.types == (int, float) else "scalar" if len(codec.types) == 1 else "other"
    if isinstance(codec, _List):
        item = codec.item
        if isinstance(item, _Model):
            return "model_list"
        if isinstance(item, _Enum):
            return "enum_list"
        return "scalar_list" if isinstance(item, _Scalar) and len(item.types) == 1 else "other"
    return {_Model: "model", _Enum: "enum", _DateTime: "datetime", _Any: "any"}.get(type(codec), "other")


_GETTERS: dict[str, Callable[[Field[Any]], Callable[[Any], Any]]] = {
    "number": _float_getter,
    "scalar": lambda field: _scalar_getter(field, field.codec.types[0]),  # type: ignore[attr-defined]
    "model_list": _model_list_getter,
    "enum_list": _enum_list_getter,
    "scalar_list": _scalar_list_getter,
    "model": _model_getter,
    "enum": _enum_getter,
    "datetime": _datetime_getter,
    "any": _any_getter,
    "other": _generic_getter,
}


def _getter_for(field: Field[Any]) -> Callable[[Any], Any]:
    """The field's getter: a closure with a fast path for its kind of value (the generic one if none),
    and its common cases compiled where the ``_speedups`` extension is built."""
    kind = _kind_of(field.codec)
    getter = _GETTERS[kind](field)
    if _speedups is None:
        return _own_code(getter)
    compiled_kind = getattr(_speedups, kind.upper(), _speedups.CACHED)  # its own, or: decoded by Python, cached
    if compiled_kind in (_speedups.DATETIME, _speedups.CACHED):
        getter = _own_code(getter)  # reads still run it (once per instance at least): worth specialising
    return _compiled(field, kind, compiled_kind, getter)


def _compiled(field: Field[Any], kind: str, compiled_kind: int, getter: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The getter with its common cases done in C; anything else still goes to ``getter``, so a read
    behaves the same either way (tests/sdk/test_compiled_getters.py)."""
    codec: Any = field.codec
    if kind == "model_list":
        codec = codec.item
    return _speedups.Getter(  # type: ignore[no-any-return]
        compiled_kind,
        field.key,
        field.required,
        codec.types[0] if kind == "scalar" else None,
        codec.resolve if kind in ("enum", "model", "model_list") else None,
        getter,
    )


class Model:
    """Base of every generated schema class."""

    __slots__ = ("_data", "_cache", "_location")
    _additional: ClassVar[Codec | None] = None  # the value type of keys not declared, for map schemas

    def __init__(self, additional_properties: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        self._data: dict[str, Any] = {}
        self._cache: dict[str, Any] = {}
        self._location: Location = type(self).__name__
        for name, value in fields.items():
            if value is not UNSET:
                setattr(self, name, value)
        if additional_properties:
            self._data.update(additional_properties)

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """Wrap a decoded JSON object (no copy: the model owns it from now on)."""
        if not isinstance(src_dict, dict):  # a dict (what json.loads gives) skips the slower Mapping check
            if not isinstance(src_dict, Mapping):
                name = cls.__name__
                got = f"{type(src_dict).__name__} {_short(src_dict)}"
                raise ResponseDecodeError(f"{name}: expected a {name} object, got {got}")
            src_dict = dict(src_dict)
        return cls._wrap(src_dict, cls.__name__)

    @classmethod
    def _wrap(cls: type[M], data: dict[str, Any], path: Location) -> M:
        instance = object.__new__(cls)
        instance._data = data
        instance._cache = {}
        instance._location = path
        return instance

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was received, with any changes made since.

        Values not touched through the model are shared with it, not copied.
        """
        cache = self._cache
        if not cache:
            return dict(self._data)
        fields = type(self)._fields_by_key()
        result: dict[str, Any] = {}
        for key, raw in self._data.items():
            if key in cache:
                value = cache[key]
                result[key] = None if (raw is None and not value) else fields[key].codec.encode(value)
            else:
                result[key] = raw
        return result

    @classmethod
    def _fields_by_key(cls) -> dict[str, Field[Any]]:
        found = cls.__dict__.get("_field_index")
        if found is None:
            found = {}
            for klass in reversed(cls.__mro__):
                for attribute in vars(klass).values():
                    if isinstance(attribute, Field):
                        found[attribute.key] = attribute
            cls._field_index = found  # type: ignore[attr-defined]
        return found

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys the spec does not declare: decoded where the schema types them (a map), else as received."""
        known = type(self)._fields_by_key()
        return {key: self._additional_value(key, value) for key, value in self._data.items() if key not in known}

    def _additional_value(self, key: str, raw: Any) -> Any:
        codec = type(self)._additional
        if codec is None or raw is None:
            return raw
        return codec.decode(raw, f"{_path(self._location)}[{key!r}]")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        """The JSON value under a declared key, as received; under any other key, as the schema's map
        type decodes it (`links["self"]` is a Hyperlink), or as received where the schema has none."""
        field = type(self)._fields_by_key().get(key)
        if field is None:
            return self._additional_value(key, self._data[key])
        if key in self._cache:
            return field.codec.encode(self._cache[key])
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        field = type(self)._fields_by_key().get(key)
        if field is not None:
            field.__set__(self, field.codec.decode(value, key) if value is not None else None)
        else:
            codec = type(self)._additional
            self._data[key] = codec.encode(value) if codec is not None and value is not None else value

    def __delitem__(self, key: str) -> None:
        self._cache.pop(key, None)
        del self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_repr_data(self.to_dict())})"


_repr = reprlib.Repr()
_repr.maxdict = 8
_repr.maxlist = 4
_repr.maxstring = 60
_repr.maxother = 60
_repr.maxlevel = 3


def _repr_data(data: dict[str, Any]) -> str:
    return _repr.repr(redact(data))  # secrets hidden by the one policy in _redact


def unknown_enum_member(cls: type[Enum], value: object) -> Any:
    """Keep a value a newer ECE sends that this release's enum does not list (used by ``_missing_``)."""
    if not isinstance(value, str):
        return None
    member = str.__new__(cls, value)  # type: ignore[type-var]
    member._name_ = value
    member._value_ = value
    cls._value2member_map_[value] = member
    return member


def _load_speedups() -> Any:
    """The compiled getters (``ece_client._speedups``), or None: not built for this platform, or
    turned off with ECE_CLIENT_NO_EXTENSIONS=1 (any value but empty or 0)."""
    if os.environ.get("ECE_CLIENT_NO_EXTENSIONS", "") not in ("", "0"):
        return None
    try:
        from . import _speedups  # type: ignore[attr-defined]
    except ImportError:
        return None
    _speedups.configure(Model, UNSET)
    return _speedups


_speedups = _load_speedups()


__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FLOAT",
    "INT",
    "STR",
    "UNSET",
    "UUID_CODEC",
    "Codec",
    "Field",
    "Model",
    "Unset",
    "enum",
    "list_of",
    "map_of",
    "model",
    "unknown_enum_member",
]

"""JSON encoding of result dataclasses, so an idempotent replay returns the first response."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


_PLAIN = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_jsonable(value: Any) -> Any:
    """Dataclasses to dicts, enums to values, datetimes to ISO 8601, tuples to lists."""
    kind: type = type(value)
    if kind in _PLAIN:  # the common case first: every request and result runs this
        return value
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(kind)
    return convert(value)


def _dataclass_to_dict(value: Any) -> dict[str, Any]:
    out = {}
    kind: Any = type(value)
    for name in _field_names(kind):
        field_value = getattr(value, name)
        out[name] = field_value if type(field_value) in _PLAIN else to_jsonable(field_value)
    return out


def _converter(kind: type) -> Any:
    """How `to_jsonable` turns a value of `kind` into JSON's types (found once per type)."""
    if issubclass(kind, dict):
        return lambda value: {str(k): to_jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(kind):
        return _dataclass_to_dict
    if issubclass(kind, Enum):
        return lambda value: value.value
    if issubclass(kind, datetime):
        return datetime.isoformat
    if issubclass(kind, list | tuple):
        return lambda value: [to_jsonable(v) for v in value]
    return lambda value: value


_CONVERTERS: dict[type, Any] = {}


# One encoder for every call: json.dumps builds a new one whenever options are given.
_ENCODER = json.JSONEncoder(separators=(",", ":"), sort_keys=True)


def dumps(value: Any) -> str:
    return _ENCODER.encode(to_jsonable(value))


def loads(cls: type[T], text: str) -> T:
    result: T = from_jsonable(cls, json.loads(text))
    return result


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_jsonable(tp: Any, data: Any) -> Any:
    """Inverse of `to_jsonable` for the types our results use."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_jsonable(args[0], data)
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp)
        return tuple(from_jsonable(item, v) for v in data)
    if origin is dict:
        _k, v_tp = typing.get_args(tp)
        return {k: from_jsonable(v_tp, v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{name: from_jsonable(hints[name], v) for name, v in data.items()})
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if tp is datetime:
        return datetime.fromisoformat(data)
    return data

"""The subset of ECE's search query language the fake ECE understands, over JSON bodies.

A field is a dotted path into the body (``name``, ``healthy``,
``resources.elasticsearch.info.status``); lists on the way are searched element by element.
Supported: ``match_all``, ``match_none``, ``term``, ``match``, ``prefix``, ``exists``, ``range``,
``bool`` (must, filter, should, must_not), ``nested`` and simple ``query_string`` (``field:value``
or words matched against the name); anything else is refused with a clear message.
"""

from __future__ import annotations

from typing import Any


class UnsupportedQuery(ValueError):
    """A query the fake cannot evaluate (the fake answers 400 with this message)."""


def values(body: Any, field: str) -> list[Any]:
    """Every value at a dotted path of a JSON body."""
    found = [body]
    for part in field.split("."):
        following: list[Any] = []
        for value in found:
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and part in item:
                    following.append(item[part])
        found = following
    flat: list[Any] = []
    for value in found:
        flat.extend(value if isinstance(value, list) else [value])
    return flat


def _text(value: Any) -> str:
    return str(value).lower() if not isinstance(value, bool) else str(value).lower()


def _single(clause: Any, kind: str) -> tuple[str, Any]:
    if not isinstance(clause, dict) or len(clause) != 1:
        raise UnsupportedQuery(f"a {kind} query names exactly one field")
    ((field, spec),) = clause.items()
    return field, spec


def matches(query: dict[str, Any] | None, body: Any) -> bool:
    """Whether a JSON body matches a search query (no query matches everything)."""
    if not query:
        return True
    for kind, clause in query.items():
        if clause is None:
            continue
        if not _clause(kind, clause, body):
            return False
    return True


def _clause(kind: str, clause: Any, body: Any) -> bool:
    if kind == "match_all":
        return True
    if kind == "match_none":
        return False
    if kind == "term":
        field, spec = _single(clause, "term")
        wanted = spec.get("value") if isinstance(spec, dict) else spec
        return any(_text(value) == _text(wanted) for value in values(body, field))
    if kind == "match":
        field, spec = _single(clause, "match")
        wanted = spec.get("query") if isinstance(spec, dict) else spec
        words = _text(wanted).split()
        every = isinstance(spec, dict) and str(spec.get("operator", "or")).lower() == "and"
        texts = [_text(value) for value in values(body, field)]
        hits = [any(word in text.split() or word == text for text in texts) for word in words]
        return all(hits) if every else any(hits)
    if kind == "prefix":
        field, spec = _single(clause, "prefix")
        wanted = spec.get("value") if isinstance(spec, dict) else spec
        return any(_text(value).startswith(_text(wanted)) for value in values(body, field))
    if kind == "exists":
        return bool(values(body, clause.get("field", "")))
    if kind == "range":
        field, spec = _single(clause, "range")
        return any(_in_range(value, spec) for value in values(body, field))
    if kind == "bool":
        return _bool(clause, body)
    if kind == "nested":
        return matches(clause.get("query"), body)
    if kind in ("query_string", "simple_query_string"):
        return _query_string(str(clause.get("query", "")), body)
    raise UnsupportedQuery(f"the fake ECE does not evaluate {kind!r} queries")


def _in_range(value: Any, spec: dict[str, Any]) -> bool:
    checks = {
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }
    try:
        return all(checks[op](value, bound) for op, bound in spec.items() if op in checks)
    except TypeError:
        return False


def _bool(clause: dict[str, Any], body: Any) -> bool:
    must = [*(clause.get("must") or []), *(clause.get("filter") or [])]
    if not all(matches(query, body) for query in must):
        return False
    if any(matches(query, body) for query in clause.get("must_not") or []):
        return False
    should = clause.get("should") or []
    minimum = int(clause.get("minimum_should_match") or (0 if must else 1 if should else 0))
    return sum(1 for query in should if matches(query, body)) >= minimum


def _query_string(text: str, body: Any) -> bool:
    for word in text.split():
        if word in ("*", "AND"):
            continue
        field, sep, wanted = word.partition(":")
        if sep:
            wanted = wanted.strip("\"'").lower()
            found = [_text(value) for value in values(body, field)]
            if not any(value == wanted or (wanted.endswith("*") and value.startswith(wanted[:-1])) for value in found):
                return False
        elif word.lower().strip("*") not in _text(body.get("name", "")) + " " + _text(body.get("id", "")):
            return False
    return True

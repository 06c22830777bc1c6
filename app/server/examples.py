"""Example values for the OpenAPI document, made from the schemas themselves.

Each field gets a plausible value by its name (a card code, 2500 minor units, a store code)
or by its type, so every request and answer in the document has an example that stays true
as models change; tests check each example is accepted by its model.
"""

from __future__ import annotations

from typing import Any

MOMENT = "2026-12-06T10:30:00Z"
# Values by field name, used when the field's type allows them.
BY_NAME: dict[str, Any] = {
    "card": "4921 0736 5542", "target": "4921 0736 9904", "code": "4921 0736 5542",
    "token": "a3f9c2e17b", "qr_payload": "giftdesk:a3f9c2e17b", "pin": "4821",
    "operator": "cashier", "name": "Gift card", "role": "cashier", "location": "STORE-1",
    "locations": ["STORE-1"], "terminal": "T1", "currency": "EUR", "amount": 2500,
    "value": 5000, "default_value": 5000, "balance": 7500, "initial_value": 10000,
    "balance_after": 5000, "available": 7500, "max_balance": 50000, "delta": -500,
    "quantity": None, "reason": "Customer returned the goods", "comment": "Till 1",
    "reference": "Receipt 1042", "reporting_code": "GIFT", "merchant": "Corner Books",
    "sender": "Anna", "recipient": "Ben", "message": "Happy birthday!",
    "status": "active", "kind": "monetary", "item_label": None, "program_name": "Gift card",
    "activation_token": "7H3K-9QPD", "ttl_s": 900, "version": "1.0.0",
    "database": "sqlite", "present_value_description": "€75.00",
}
# Optional request fields worth showing in an example.
OPTIONAL = frozenset({"amount", "reason", "reference", "sender", "recipient", "message"})


def example_of(schema: dict[str, Any], components: dict[str, Any],
               name: str | None = None, depth: int = 0) -> Any:
    """A value that the schema accepts (`components`: the document's schemas by name)."""
    if "$ref" in schema:
        return example_of(components[schema["$ref"].rsplit("/", 1)[-1]], components, name,
                          depth)
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if name in BY_NAME and _fits(BY_NAME[name], schema, components):
        return BY_NAME[name]
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = [o for o in schema.get(key, ()) if o.get("type") != "null"]
        if options:
            return example_of(options[0], components, name, depth)
        if key in schema:
            return None
    if "default" in schema and schema["default"] not in (None, [], {}):
        return schema["default"]
    return _by_type(schema, components, name, depth)


def _by_type(schema: dict[str, Any], components: dict[str, Any], name: str | None,
             depth: int) -> Any:
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        chosen = [f for f in properties if f in required or f in OPTIONAL]
        if not chosen:  # all optional (a PATCH): show the ones with a telling value
            chosen = [f for f in properties if f in BY_NAME][:2] or list(properties)[:1]
        return {field: example_of(properties[field], components, field, depth + 1)
                for field in chosen}
    if kind == "array":
        return [example_of(schema.get("items", {}), components, name, depth + 1)]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1 if name != "id" else 42)
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if kind == "string":
        if schema.get("format") == "date-time":
            return MOMENT
        if schema.get("format") == "date":
            return MOMENT[:10]
        return "x" * max(int(schema.get("minLength", 1)), 1) if name is None else name
    return None


def _fits(value: Any, schema: dict[str, Any], components: dict[str, Any]) -> bool:
    """Whether the named value has the schema's type (a loose check; tests check for real)."""
    if "$ref" in schema:
        return _fits(value, components[schema["$ref"].rsplit("/", 1)[-1]], components)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return any(_fits(value, o, components) for o in options)
    if "enum" in schema:
        return value in schema["enum"]
    if "const" in schema:
        return bool(value == schema["const"])
    kinds: dict[str, type | tuple[type, ...]] = {
        "string": str, "integer": int, "boolean": bool, "array": list, "object": dict,
        "null": type(None), "number": (int, float)}
    expected = kinds.get(schema.get("type", ""))
    if expected is None:
        return True
    if isinstance(value, bool) and schema.get("type") == "integer":
        return False
    if isinstance(value, str) and "maxLength" in schema and len(value) > schema["maxLength"]:
        return False
    if isinstance(value, list) and "items" in schema:
        return all(_fits(item, schema["items"], components) for item in value)
    return isinstance(value, expected)

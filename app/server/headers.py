"""Request headers that dependencies read themselves, documented in OpenAPI as parameters.

FastAPI resolves a declared `Header()` parameter anew on every request with much typing
introspection: about 40 µs each, and the busiest routes took four of them (the training flag, a
manager's approval, the Idempotency-Key), a sixth of a redemption's whole time in the server.
A `HeaderParam` reads its header from the request and validates it with the same pydantic
constraints, answering a bad value exactly as FastAPI did (422 `validation_error`, located at
`("header", name)`); `app.server.openapi` lists it among the parameters of every operation
whose dependencies read it (`reads`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, TypeVar

from fastapi.exceptions import RequestValidationError
from pydantic import StringConstraints, TypeAdapter, ValidationError
from starlette.requests import HTTPConnection

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class HeaderParam:
    """One optional text header: its name, what it means and its bounds."""

    name: str
    description: str
    max_length: int
    min_length: int | None = None
    pattern: str | None = None
    _adapter: TypeAdapter[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text = Annotated[str, StringConstraints(
            min_length=self.min_length, max_length=self.max_length, pattern=self.pattern)]
        object.__setattr__(self, "_adapter", TypeAdapter(text))

    def read(self, request: HTTPConnection) -> str | None:
        """The header's value, None if absent; a value out of bounds is refused (422)."""
        value = request.headers.get(self.name)
        if value is None:
            return None
        try:
            return self._adapter.validate_python(value)
        except ValidationError as error:
            raise RequestValidationError([
                {**found, "loc": ("header", self.name)} for found in error.errors(
                    include_url=False)]) from None

    def openapi(self) -> dict[str, Any]:
        """The parameter as FastAPI documents a `Header()` of `str | None`."""
        text: dict[str, Any] = {"type": "string"}
        if self.min_length is not None:
            text["minLength"] = self.min_length
        text["maxLength"] = self.max_length
        if self.pattern is not None:
            text["pattern"] = self.pattern
        return {"name": self.name, "in": "header", "required": False,
                "schema": {"anyOf": [text, {"type": "null"}], "description": self.description,
                           "title": "-".join(p.capitalize() for p in self.name.split("-"))},
                "description": self.description}


# Dependencies that read headers, and which: filled by `reads`, read by the OpenAPI document.
READERS: dict[Callable[..., Any], tuple[HeaderParam, ...]] = {}


def reads(*params: HeaderParam) -> Callable[[F], F]:
    """Mark a dependency as reading these headers (for the OpenAPI document)."""
    def mark(dependency: F) -> F:
        READERS[dependency] = params
        return dependency
    return mark

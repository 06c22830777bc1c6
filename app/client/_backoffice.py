"""Client calls of the back office (first set-up, stores, operators, program changes, the card
finder and card batches), mixed into `LedgerClient`.

Changes go through the client's outbox with their own idempotency key, as every ledger change
does; a new operator's PIN is a secret field (kept in the keyring, never in the outbox file).
The first set-up has no session yet: it is sent directly, with an idempotency key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel, RootModel

from app.protocol.backoffice import (
    CardPageOut,
    JobCardsOut,
    JobOut,
    LedgerInfoOut,
    LocationIn,
    LocationOut,
    LocationPatch,
    LocationsOut,
    OperatorIn,
    OperatorOut,
    OperatorPatch,
    OperatorsOut,
    ProgramPatch,
    SetupIn,
    SetupOut,
)
from app.protocol.models import CardsCreate, CardsOut, ProgramOut

if TYPE_CHECKING:
    from app.client._client import LedgerClient


class BatchOut(RootModel[CardsOut | JobOut]):
    """The answer to a card batch: the cards (201), or a job to follow (202, large batches)."""


RESULTS: dict[str, type[BaseModel]] = {
    "add_location": LocationOut, "rename_location": LocationOut, "add_operator": OperatorOut,
    "update_operator": OperatorOut, "update_program": ProgramOut, "retire_program": ProgramOut,
    "issue_cards": BatchOut,
}


class BackOfficeCalls:
    """The calls; `self` is a `LedgerClient`."""

    @property
    def _b(self) -> LedgerClient:
        return cast("LedgerClient", self)

    # ------------------------------------------------------------------ set-up

    async def ledger_info(self, *, deadline_s: float | None = None) -> LedgerInfoOut:
        """What anyone may know before signing in: merchant, demo or not, set up or not."""
        return await self._b._read("GET", "/v1/setup", LedgerInfoOut, auth=False,
                                   deadline_s=deadline_s)

    async def set_up(self, *, merchant: str, currency: str, location: str,
                     location_name: str = "", admin: str, pin: str) -> SetupOut:
        """Set up an empty ledger: the merchant, its first store and its first admin."""
        from app.client._client import _body

        body = _body(SetupIn, merchant=merchant, currency=currency, location=location,
                     location_name=location_name, admin=admin, pin=pin)
        return await self._b._read("POST", "/v1/setup", SetupOut, json=body, auth=False,
                                   idempotent=True)

    # ------------------------------------------------------------------ stores

    async def locations(self) -> list[LocationOut]:
        return (await self._b._read("GET", "/v1/locations", LocationsOut)).locations

    async def add_location(self, code: str, name: str = "") -> LocationOut:
        from app.client._client import _body

        return await self._b._change("add_location", "POST", "/v1/locations",
                                     _body(LocationIn, code=code, name=name), LocationOut)

    async def rename_location(self, code: str, name: str) -> LocationOut:
        from app.client._client import _body

        return await self._b._change("rename_location", "PATCH", f"/v1/locations/{_seg(code)}",
                                     _body(LocationPatch, name=name), LocationOut)

    # ------------------------------------------------------------------ operators

    async def operators(self) -> list[OperatorOut]:
        return (await self._b._read("GET", "/v1/operators", OperatorsOut)).operators

    async def add_operator(self, name: str, pin: str, role: str,
                           locations: list[str]) -> OperatorOut:
        from app.client._client import _body

        body = _body(OperatorIn, name=name, pin=pin, role=role, locations=locations)
        return await self._b._change("add_operator", "POST", "/v1/operators", body,
                                     OperatorOut, secret_fields=("pin",))

    async def update_operator(self, name: str, **changes: Any) -> OperatorOut:
        """Change `role`, `locations`, `disabled` or `pin` (only the ones given)."""
        from app.client._client import _body

        return await self._b._change("update_operator", "PATCH", f"/v1/operators/{_seg(name)}",
                                     _body(OperatorPatch, **changes), OperatorOut,
                                     secret_fields=("pin",))

    # ------------------------------------------------------------------ programs

    async def update_program(self, program_id: int, **changes: Any) -> ProgramOut:
        """Change the fields given; one given as None is cleared (e.g. a fixed end date)."""
        from app.client._client import _body

        return await self._b._change("update_program", "PATCH",
                                     f"/v1/programs/{int(program_id)}",
                                     _body(ProgramPatch, _keep_null=True, **changes),
                                     ProgramOut)

    async def retire_program(self, program_id: int) -> ProgramOut:
        return await self._b._change("retire_program", "POST",
                                     f"/v1/programs/{int(program_id)}/retire", {}, ProgramOut)

    # ------------------------------------------------------------------ cards

    async def find_cards(self, q: str | None = None, *, program: int | None = None,
                         status: str | None = None, location: str | None = None,
                         limit: int | None = None, cursor: str | None = None) -> CardPageOut:
        """Cards newest first matching a code, name or reference (manager and admin)."""
        params = {k: str(v) for k, v in (("q", q), ("program", program), ("status", status),
                                          ("location", location), ("limit", limit),
                                          ("cursor", cursor)) if v not in (None, "")}
        return await self._b._read("GET", "/v1/cards", CardPageOut, params=params)

    async def issue_cards(self, program_id: int, quantity: int, *, pending: bool = False,
                          value: int | None = None) -> CardsOut | JobOut:
        """A batch of cards: the cards at once, or (above the ledger's threshold) a job."""
        from app.client._client import GENERATE_READ_TIMEOUT_S, _body

        body = _body(CardsCreate, quantity=quantity, pending=pending, value=value)
        answer = await self._b._change("issue_cards", "POST",
                                       f"/v1/programs/{int(program_id)}/cards", body, BatchOut,
                                       read_timeout_s=GENERATE_READ_TIMEOUT_S)
        return answer.root

    async def job(self, job_id: str) -> JobOut:
        return await self._b._read("GET", f"/v1/jobs/{_seg(job_id)}", JobOut)

    async def job_cards(self, job_id: str, *, after: int = 0,
                        limit: int | None = None) -> JobCardsOut:
        params = {"after": str(after)} | ({"limit": str(limit)} if limit else {})
        return await self._b._read("GET", f"/v1/jobs/{_seg(job_id)}/cards", JobCardsOut,
                                   params=params)

    async def cancel_job(self, job_id: str) -> JobOut:
        """Stop a running batch. Sent at once, not through the outbox: a batch keeps SQLite's
        write turn while it runs, and asking twice is harmless (the job ends cancelled)."""
        return await self._b._read("POST", f"/v1/jobs/{_seg(job_id)}/cancel", JobOut)


def _seg(value: str) -> str:
    from urllib.parse import quote

    return quote(str(value).strip(), safe="")

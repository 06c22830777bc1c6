"""Client calls for money corrections and the books (cancel, refund, adjust, transfer,
validity, liability, Z report, journal export), mixed into `LedgerClient`.

Every ledger-changing call goes through the client's outbox with its own idempotency key; a
cashier passes a manager's (operator, pin) in `manager` for one request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

import httpx
from pydantic import BaseModel

from app.protocol.lifecycle import (
    AdjustIn,
    CancelIn,
    LiabilityOut,
    RefundIn,
    ShiftOut,
    TransferIn,
    TransferOut,
    ValidityIn,
    ZReportOut,
)
from app.protocol.models import CardEndedOut, CardOut, ReasonIn

if TYPE_CHECKING:
    from app.client._client import LedgerClient

Manager = tuple[str, str] | None
RESULTS: dict[str, type[BaseModel]] = {
    "cancel": CardOut, "refund": CardOut, "adjust": CardOut, "transfer": TransferOut,
    "validity": CardOut, "open_shift": ShiftOut, "close_shift": ShiftOut,
}


class LifecycleCalls:
    """The calls; `self` is a `LedgerClient`."""

    @property
    def _c(self) -> LedgerClient:
        return cast("LedgerClient", self)

    async def cancel_last(self, ref: str, reason: str | None = None, *,
                          manager: Manager = None) -> CardOut:
        """Cancel the card's last sale or load."""
        from app.client._client import _body, _card_path

        return await self._c._change("cancel", "POST", _card_path(ref, "cancel"),
                                  _body(CancelIn, reason=reason), CardOut, manager=manager)

    async def refund(self, ref: str, amount: int, *,
                     redemption_id: int | None = None, reason: str | None = None,
                     reference: str | None = None, manager: Manager = None) -> CardOut:
        from app.client._client import _body, _card_path

        body = _body(RefundIn, amount=amount, redemption_id=redemption_id, reason=reason,
                     reference=reference)
        return await self._c._change("refund", "POST", _card_path(ref, "refund"), body, CardOut,
                                  manager=manager)

    async def adjust(self, ref: str, delta: int, reason: str, *,
                     manager: Manager = None) -> CardOut:
        from app.client._client import _body, _card_path

        return await self._c._change("adjust", "POST", _card_path(ref, "adjust"),
                                  _body(AdjustIn, delta=delta, reason=reason), CardOut,
                                  manager=manager)

    async def transfer(self, ref: str, target: str, reason: str | None = None,
                       *, manager: Manager = None) -> TransferOut:
        from app.client._client import _body, _card_path

        return await self._c._change("transfer", "POST", _card_path(ref, "transfer"),
                                  _body(TransferIn, target=target, reason=reason),
                                  TransferOut, manager=manager)

    async def change_validity(self, ref: str, valid_until: datetime | None, *,
                              manager: Manager = None) -> CardOut:
        from app.client._client import _card_path, _invalid

        try:
            body = ValidityIn(valid_until=valid_until).model_dump(mode="json")
        except Exception as exc:  # pydantic's ValidationError
            raise _invalid(exc) from exc  # type: ignore[arg-type]
        return await self._c._change("validity", "POST", _card_path(ref, "validity"), body,
                                  CardOut, manager=manager)

    async def card_state(self, op: str, ref: str, reason: str, *,
                         manager: Manager = None) -> CardOut:
        """lock, unlock, void or close, with a manager's approval for a cashier."""
        from app.client._client import _body, _card_path

        if op not in ("lock", "unlock", "void", "close"):
            raise ValueError(op)
        model = CardEndedOut if op in ("void", "close") else CardOut  # says what wrote off
        return await self._c._change(op, "POST", _card_path(ref, op),
                                  _body(ReasonIn, reason=reason), model, manager=manager)

    async def liability(self, as_of: datetime | None = None) -> LiabilityOut:
        from app.client._client import _params

        return await self._c._read("GET", "/v1/reports/liability", LiabilityOut,
                                params=_params(as_of=as_of))

    async def z_report(self, *, day: date | None = None,
                       terminal: str | None = None, location: str | None = None,
                       since: datetime | None = None, until: datetime | None = None,
                       shift: int | None = None) -> ZReportOut:
        """A shift's, a calendar day's, a period's, or by default this session's report."""
        from app.client._client import _params

        params = _params(day=None if day is None else day.isoformat(), terminal=terminal,
                         location=location, since=since, until=until,
                         shift=None if shift is None else str(shift))
        return await self._c._read("GET", "/v1/reports/z", ZReportOut, params=params)

    async def open_shift(self) -> ShiftOut:
        """Open a shift at this session's terminal."""
        return await self._c._change("open_shift", "POST", "/v1/shifts", {}, ShiftOut)

    async def current_shift(self) -> ShiftOut:
        """The shift open at this session's terminal (`NotFound` if none)."""
        return await self._c._read("GET", "/v1/shifts/current", ShiftOut)

    async def open_shift_or_none(self) -> ShiftOut | None:
        """The shift open at this session's terminal, or None: what "this shift" means on
        screens that count from it (else they count from sign-in)."""
        from app.client._errors import NotFound

        try:
            return await self.current_shift()
        except NotFound:
            return None

    async def close_shift(self) -> ShiftOut:
        """Close the shift open at this session's terminal."""
        return await self._c._change("close_shift", "POST", "/v1/shifts/current/close", {},
                                     ShiftOut)

    async def journal_csv(self, *, since: datetime | None = None,
                          until: datetime | None = None) -> AsyncIterator[bytes]:
        """The journal of a period as CSV, chunk by chunk (never all in memory)."""
        from app.client._client import _params

        async for chunk in self._stream("GET", "/v1/reports/journal.csv",
                                        params=_params(since=since, until=until)):
            yield chunk

    async def _stream(self, method: str, path: str,
                      params: dict[str, str]) -> AsyncIterator[bytes]:
        from app.client._client import _unavailable
        from app.client._errors import error_from_response

        headers = self._c._headers(self._c._token())
        try:
            async with self._c._http.stream(method, path, headers=headers, params=params,
                                         timeout=self._c.timeout) as response:
                if not response.is_success:
                    body = await response.aread()
                    raise error_from_response(response.status_code, body,
                                              response.headers.get("Retry-After"))
                async for chunk in response.aiter_bytes():
                    yield chunk
        except httpx.TransportError as exc:
            raise _unavailable(exc) from exc

"""`LedgerClient`: the async httpx client of the ledger API (v1)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, cast
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from app.client._backoffice import RESULTS as BACKOFFICE_RESULTS
from app.client._backoffice import BackOfficeCalls
from app.client._errors import (
    NETWORK,
    InvalidRequest,
    LedgerError,
    LedgerTimeout,
    LedgerUnavailable,
    OutcomeUnknown,
    RateLimited,
    RequestInProgress,
    Unauthorized,
    error_from_response,
)
from app.client._lifecycle import RESULTS as LIFECYCLE_RESULTS
from app.client._lifecycle import LifecycleCalls
from app.client._outbox import Outbox, PendingRequest
from app.client._tokens import TokenStore
from app.client._transport import (
    DEFAULT_TIMEOUT,
    EMBEDDED_BASE_URL,
    EmbeddedTransport,
    embedded_ledger_id,
    remote_ledger_id,
)
from app.domain.errors import ErrorCode
from app.protocol.models import (
    ActivateIn,
    CaptureIn,
    CardEndedOut,
    CardOut,
    CardPatch,
    CardsCreate,
    CardsOut,
    Health,
    HoldIn,
    HoldOut,
    LoadIn,
    ProgramCreate,
    ProgramOut,
    ProgramsOut,
    ReasonIn,
    RedemptionIn,
    RedemptionOut,
    RedemptionsOut,
    Request,
    ReversalIn,
    SellIn,
    SellOut,
    SessionCreate,
    SessionInfo,
    SessionOut,
    ShiftReportOut,
    TransactionOut,
    TransactionsOut,
    ValidationIn,
    ValidationOut,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

KEY_RETENTION = timedelta(hours=24)
"""How long the ledger promises to remember an idempotency key (issue 3: at least 24 h)."""
RETRY_DELAYS_S = (0.25, 1.0, 2.0)
READ_DEADLINE_S = 12.0
"""Longest a read (validate, history, …) takes, retries included, before LedgerTimeout or
LedgerUnavailable: a cashier is told rather than left waiting."""
CHANGE_DEADLINE_S = 25.0
"""Longest a ledger-changing request is sent, retries included, before OutcomeUnknown: it
stays in the outbox and is resolved by its idempotency key, never cancelled by a caller."""
GENERATE_READ_TIMEOUT_S = 120.0
_MANAGER_PIN = "manager_pin"
# What each ledger-changing operation answers: to read an outcome found by resolve_pending.
_RESULTS: dict[str, type[BaseModel]] = {
    "create_program": ProgramOut, "generate_cards": CardsOut, "sell": SellOut,
    "activate": CardOut, "load": CardOut, "lock": CardOut, "unlock": CardOut,
    "void": CardEndedOut, "close": CardEndedOut, "update_card": CardOut, "hold": HoldOut,
    "capture": RedemptionOut,
    "release": HoldOut, "redeem": RedemptionOut, "reverse": RedemptionOut,
    **LIFECYCLE_RESULTS, **BACKOFFICE_RESULTS,
}
# Response fields never written to the outbox file.
_SECRET_OUTCOME_FIELDS = frozenset({"pin", "activation_token", "token"})
_MAX_STORED_OUTCOME = 16_384  # bytes of an answer kept in the outbox (not 10,000 new cards)
_MAX_STORED_OUTCOME = 16_384  # bytes of an answer kept in the outbox (not 10,000 new cards)
_NOT_REACHED = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class Resolution:
    """What `resolve_pending` learned about one outbox entry.

    `outcome` is the ledger's answer: the response model when the request was carried out
    (once, whichever attempt did it), a `LedgerError` when the ledger refused it, or an
    `OutcomeUnknown` when it is still pending (ledger unreachable, sign-in needed, …).
    """

    entry: PendingRequest
    outcome: BaseModel | LedgerError

    @property
    def resolved(self) -> bool:
        return not isinstance(self.outcome, OutcomeUnknown)

    @property
    def applied(self) -> bool:
        return isinstance(self.outcome, BaseModel)


class LedgerClient(LifecycleCalls, BackOfficeCalls):
    """Async client of one ledger: embedded in this process, or remote.

    Every ledger-changing call is written to the outbox with its idempotency key before it is
    sent and retried with the same key; when no answer comes it raises `OutcomeUnknown`, and
    `resolve_pending()` learns the outcome once the ledger answers again.
    """

    def __init__(self, base_url: str, *, data_dir: Path,
                 transport: httpx.AsyncBaseTransport | None = None,
                 token_store: TokenStore | None = None, ledger_id: str | None = None,
                 timeout: httpx.Timeout | float | None = None,
                 retry_delays_s: Sequence[float] = RETRY_DELAYS_S,
                 read_deadline_s: float = READ_DEADLINE_S,
                 change_deadline_s: float = CHANGE_DEADLINE_S,
                 key_retention: timedelta = KEY_RETENTION, training: bool = False) -> None:
        self.base_url = base_url
        self.ledger_id = ledger_id or remote_ledger_id(base_url)
        self.timeout = (timeout if isinstance(timeout, httpx.Timeout)
                        else DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout))
        self.retry_delays_s = tuple(retry_delays_s)
        self.read_deadline_s = read_deadline_s
        self.change_deadline_s = change_deadline_s
        self.key_retention = key_retention
        self.training = training
        self.session: SessionOut | None = None
        self.location: str | None = None
        self.terminal: str | None = None
        self.tokens = token_store or TokenStore(self.ledger_id)
        self.data_dir = data_dir
        self._outbox = Outbox(data_dir)
        self._transport = transport
        self._http = httpx.AsyncClient(base_url=base_url, transport=transport,
                                       timeout=self.timeout,
                                       headers={"User-Agent": "GiftDesk-client/1"})
        self._secrets: dict[str, dict[str, str]] = {}
        self._in_flight: set[int] = set()
        self._resolving: asyncio.Lock | None = None

    # ------------------------------------------------------------------ construction

    @classmethod
    def embedded(cls, app: Any, *, db_url: str, data_dir: Path, **kw: Any) -> LedgerClient:
        """A client of the ledger ASGI `app` on `db_url`, run in this process (the app's
        default). `app.embedded.open_client` builds the app; the client never imports it."""
        kw.setdefault("ledger_id", embedded_ledger_id(db_url))
        return cls(EMBEDDED_BASE_URL, data_dir=data_dir, transport=EmbeddedTransport(app),
                   **kw)

    @classmethod
    def remote(cls, base_url: str, *, data_dir: Path, **kw: Any) -> LedgerClient:
        """A client of a ledger server (`giftdesk serve`) at `base_url`."""
        return cls(base_url, data_dir=data_dir, **kw)

    async def __aenter__(self) -> LedgerClient:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()
        if self._transport is not None:
            await self._transport.aclose()
        self._outbox.close()

    # ------------------------------------------------------------------ sessions

    async def health(self, *, deadline_s: float | None = None) -> Health:
        """The ledger's health; `deadline_s` shortens the read deadline (a probe)."""
        return await self._read("GET", "/v1/health", Health, auth=False, deadline_s=deadline_s)

    async def sign_in(self, operator: str, pin: str, location: str, terminal: str
                      ) -> SessionOut:
        """Open a session (POST /v1/sessions) and remember its token in the keyring."""
        body = _body(SessionCreate, operator=operator, pin=pin, location=location,
                     terminal=terminal)
        session = await self._read("POST", "/v1/sessions", SessionOut, json=body, auth=False)
        self._use(session)
        self.tokens.save_session(session)
        return session

    async def sign_out(self) -> None:
        """End the session on the ledger and forget its token (locally even if unreachable)."""
        session, self.session = self.session, None
        if session is None:
            return
        self.tokens.forget_session(session.operator)
        with contextlib.suppress(Unauthorized):  # already expired
            await self._request("DELETE", "/v1/sessions/current", token=session.token)

    async def restore_session(self, operator: str, location: str, terminal: str
                              ) -> SessionOut | None:
        """The operator's remembered session at this location and terminal, if still valid.

        Checked with a cheap authenticated call; None (and the token forgotten) when there is
        none, it expired, or it was opened elsewhere. Raises LedgerUnavailable when the ledger
        cannot be asked.
        """
        stored = self.tokens.load_session(operator)
        if stored is None:
            return None
        if stored.location != location.strip().upper() or stored.terminal != terminal.strip():
            return None  # opened at another till: not usable here
        if stored.expires_at <= datetime.now(UTC):
            self.tokens.forget_session(operator)
            return None
        try:
            info = await self._read("GET", "/v1/sessions/current", SessionInfo,
                                    token=stored.token)
        except Unauthorized:
            self.tokens.forget_session(operator)
            return None
        session = stored.model_copy(update={"role": info.role, "expires_at": info.expires_at})
        self._use(session)
        return session

    def _use(self, session: SessionOut) -> None:
        self.session = session
        self.location = session.location
        self.terminal = session.terminal

    # ------------------------------------------------------------------ programs and cards

    async def programs(self) -> list[ProgramOut]:
        return (await self._read("GET", "/v1/programs", ProgramsOut)).programs

    async def create_program(self, **fields: Any) -> ProgramOut:
        return await self._change("create_program", "POST", "/v1/programs",
                                  _body(ProgramCreate, **fields), ProgramOut)

    async def generate_cards(self, program_id: int, quantity: int, *, pending: bool = False,
                             value: int | None = None) -> list[CardOut]:
        body = _body(CardsCreate, quantity=quantity, pending=pending, value=value)
        result = await self._change("generate_cards", "POST",
                                    f"/v1/programs/{int(program_id)}/cards", body, CardsOut,
                                    read_timeout_s=GENERATE_READ_TIMEOUT_S)
        return result.cards

    async def next_pending(self, program_id: int) -> CardOut:
        return await self._read("GET", f"/v1/programs/{int(program_id)}/cards/next-pending",
                                CardOut)

    async def get_card(self, ref: str) -> CardOut:
        return await self._read("GET", _card_path(ref), CardOut)

    async def transactions(self, ref: str) -> list[TransactionOut]:
        path = _card_path(ref, "transactions")
        return (await self._read("GET", path, TransactionsOut)).transactions

    async def sell(self, ref: str, *, value: int | None = None, sender: str | None = None,
                   recipient: str | None = None, message: str | None = None,
                   valid_until: datetime | None = None, pin: str | None = None,
                   reporting_code: str | None = None, reference: str | None = None,
                   comment: str | None = None) -> SellOut:
        body = _body(SellIn, value=value, sender=sender, recipient=recipient, message=message,
                     valid_until=valid_until, pin=pin, reporting_code=reporting_code,
                     reference=reference, comment=comment)
        return await self._change("sell", "POST", _card_path(ref, "sell"), body, SellOut,
                                  secret_fields=("pin",))

    async def activate(self, ref: str, activation_token: str) -> CardOut:
        body = _body(ActivateIn, activation_token=activation_token)
        return await self._change("activate", "POST", _card_path(ref, "activate"), body,
                                  CardOut, secret_fields=("activation_token",))

    async def load(self, ref: str, amount: int, *, reference: str | None = None,
                   comment: str | None = None) -> CardOut:
        body = _body(LoadIn, amount=amount, reference=reference, comment=comment)
        return await self._change("load", "POST", _card_path(ref, "load"), body, CardOut)

    async def lock(self, ref: str, reason: str) -> CardOut:
        return await self._card_state("lock", ref, reason)

    async def unlock(self, ref: str, reason: str) -> CardOut:
        return await self._card_state("unlock", ref, reason)

    async def void(self, ref: str, reason: str) -> CardEndedOut:
        """Void a card; the answer says what was written off (`written_off`)."""
        return await self._change("void", "POST", _card_path(ref, "void"),
                                  _body(ReasonIn, reason=reason), CardEndedOut)

    async def close(self, ref: str, reason: str) -> CardEndedOut:
        """Close a card; the answer says what was written off (`written_off`)."""
        return await self._change("close", "POST", _card_path(ref, "close"),
                                  _body(ReasonIn, reason=reason), CardEndedOut)

    async def _card_state(self, op: str, ref: str, reason: str) -> CardOut:
        return await self._change(op, "POST", _card_path(ref, op), _body(ReasonIn, reason=reason),
                                  CardOut)

    async def update_card(self, ref: str, **changes: Any) -> CardOut:
        """Change valid_until, sender, recipient or message; None clears a field."""
        try:
            patch = CardPatch(**changes)
        except ValidationError as exc:
            raise _invalid(exc) from exc
        body = patch.model_dump(mode="json", exclude_unset=True)
        return await self._change("update_card", "PATCH", _card_path(ref), body, CardOut)

    # ------------------------------------------------------------------ validate and redeem

    async def validate(self, card: str, *, pin: str | None = None,
                       ticket: dict[str, Any] | None = None) -> ValidationOut:
        """May this card be used here, and for how much? (200 for any card, usable or not.)"""
        body = _body(ValidationIn, card=card, pin=pin, ticket=ticket)
        return await self._read("POST", "/v1/validations", ValidationOut, json=body,
                                idempotent=True)

    async def hold(self, card: str, *, amount: int | None = None, quantity: int | None = None,
                   ttl_s: int = 900, pin: str | None = None) -> HoldOut:
        body = _body(HoldIn, card=card, amount=amount, quantity=quantity, ttl_s=ttl_s, pin=pin)
        return await self._change("hold", "POST", "/v1/holds", body, HoldOut,
                                  secret_fields=("pin",))

    async def capture(self, hold_id: int, *, amount: int | None = None,
                      quantity: int | None = None, reporting_code: str | None = None,
                      reference: str | None = None, comment: str | None = None
                      ) -> RedemptionOut:
        body = _body(CaptureIn, amount=amount, quantity=quantity,
                     reporting_code=reporting_code, reference=reference, comment=comment)
        return await self._change("capture", "POST", f"/v1/holds/{int(hold_id)}/capture",
                                  body, RedemptionOut)

    async def release(self, hold_id: int) -> HoldOut:
        return await self._change("release", "POST", f"/v1/holds/{int(hold_id)}/release",
                                  {}, HoldOut)

    async def redeem(self, card: str, *, amount: int | None = None, quantity: int | None = None,
                     pin: str | None = None, reporting_code: str | None = None,
                     reference: str | None = None, comment: str | None = None
                     ) -> RedemptionOut:
        body = _body(RedemptionIn, card=card, amount=amount, quantity=quantity, pin=pin,
                     reporting_code=reporting_code, reference=reference, comment=comment)
        return await self._change("redeem", "POST", "/v1/redemptions", body, RedemptionOut,
                                  secret_fields=("pin",))

    async def get_redemption(self, redemption_id: int) -> RedemptionOut:
        return await self._read("GET", f"/v1/redemptions/{int(redemption_id)}", RedemptionOut)

    async def redemptions(self, *, card: str | None = None, location: str | None = None,
                          terminal: str | None = None, since: datetime | None = None,
                          until: datetime | None = None) -> list[RedemptionOut]:
        params = _params(card=card, location=location, terminal=terminal, since=since,
                         until=until)
        return (await self._read("GET", "/v1/redemptions", RedemptionsOut,
                                 params=params)).redemptions

    async def reverse(self, redemption_id: int, reason: str, *,
                      manager: tuple[str, str] | None = None) -> RedemptionOut:
        """Give back one redemption (manager or admin). A cashier passes a manager's
        (operator, pin) in `manager`, sent for this one request only."""
        return await self._change("reverse", "POST",
                                  f"/v1/redemptions/{int(redemption_id)}/reversal",
                                  _body(ReversalIn, reason=reason), RedemptionOut,
                                  manager=manager)

    async def shift_report(self, terminal: str | None = None, since: datetime | None = None
                           ) -> ShiftReportOut:
        """GET /v1/reports/shift: redemptions and reversals at a terminal (by default this
        session's) since `since` (by default the start of the session)."""
        params = _params(terminal=terminal, since=since)
        return await self._read("GET", "/v1/reports/shift", ShiftReportOut, params=params)

    # ------------------------------------------------------------------ the outbox

    async def pending_requests(self) -> list[PendingRequest]:
        """Ledger-changing requests of this ledger whose outcome is not known yet."""
        return await asyncio.to_thread(self._outbox.pending, self.ledger_id)

    async def request_state(self, entry_id: int) -> PendingRequest | None:
        """An outbox entry, finished or not (finished ones are kept for 30 days)."""
        return await asyncio.to_thread(self._outbox.get, entry_id)

    async def resolve_pending(self, *, include_stale: bool = False) -> list[Resolution]:
        """Send every pending request again with its own idempotency key.

        The ledger answers each with the first outcome (when the original got through) or
        carries it out now, once. Safe at start-up and at any time; requests this client is
        sending right now are left alone. Entries older than the ledger's key retention are
        not sent again (the ledger may have forgotten the key) unless `include_stale`: they
        are reported as `OutcomeUnknown` until a person checks the card and calls
        `discard_pending`.
        """
        if self._resolving is None:
            self._resolving = asyncio.Lock()
        async with self._resolving:
            results: list[Resolution] = []
            blocked: OutcomeUnknown | None = None
            now = datetime.now(UTC)
            for entry in await self.pending_requests():
                if entry.id in self._in_flight:
                    continue
                outcome: BaseModel | LedgerError
                if blocked is not None:
                    cause = blocked.__cause__
                    outcome = _still_unknown(entry, blocked.detail,
                                             cause if isinstance(cause, LedgerError) else None)
                elif entry.is_stale(now, self.key_retention) and not include_stale:
                    outcome = _still_unknown(entry, (
                        f"This request was made on {entry.created_at:%Y-%m-%d %H:%M} UTC, "
                        "longer ago than the ledger remembers requests, so GiftDesk will not "
                        "send it again. Check the card's history, then discard it."))
                else:
                    outcome = await self._resolve_one(entry)
                    if isinstance(outcome, OutcomeUnknown) and isinstance(
                            outcome.__cause__, LedgerUnavailable | RateLimited):
                        blocked = outcome  # the ledger is not answering: stop for now
                fresh = await self.request_state(entry.id) or entry
                results.append(Resolution(fresh, outcome))
            return results

    async def discard_pending(self, entry_id: int) -> PendingRequest:
        """Give up a pending request, only when GiftDesk can no longer learn its outcome
        itself, or knows it was never carried out: it never reached the ledger, or it is older
        than the key retention, or the PIN it needs was lost (no keyring). In the last two
        cases a person must check the card's history first."""
        entry = await self.request_state(entry_id)
        if entry is None or entry.state != "pending":
            raise InvalidRequest(ErrorCode.VALIDATION_ERROR, "Not pending",
                                 f"Request {entry_id} is not pending.")
        stuck = (entry.is_stale(datetime.now(UTC), self.key_retention)
                 or self._load_secrets(entry) is None)
        if entry.id in self._in_flight or (entry.reached and not stuck):
            raise InvalidRequest(
                ErrorCode.VALIDATION_ERROR, "Outcome still unknown",
                "This request may have reached the ledger; resolve it instead of discarding.")
        self._forget_secrets(entry.key)
        return await asyncio.to_thread(self._outbox.finish, entry.id, "discarded",
                                       status=None, outcome=None)

    async def _resolve_one(self, entry: PendingRequest) -> BaseModel | LedgerError:
        secrets = self._load_secrets(entry)
        if secrets is None:
            return _still_unknown(entry, (
                "GiftDesk no longer knows the PIN this request needs (no system keyring); "
                "check the card's history, then discard the request."))
        token = self._token_for(entry)
        if token is None:
            return _still_unknown(entry, (
                f"Sign in as {entry.operator} at {entry.location}, terminal {entry.terminal}, "
                "to finish this request."), Unauthorized(
                    ErrorCode.UNAUTHORIZED, "Sign-in needed", "No session for this request."))
        return await self._deliver(entry, token, secrets, delays=(), resolving=True)

    def _token_for(self, entry: PendingRequest) -> str | None:
        """A session of the entry's operator at its location and terminal: the ledger
        recognises a retry only from the same operator, place and training mode."""
        now = datetime.now(UTC)
        for session in (self.session, self.tokens.load_session(entry.operator)):
            if (session is not None and session.operator == entry.operator
                    and session.location == entry.location
                    and session.terminal == entry.terminal and session.expires_at > now):
                return session.token
        return None

    def _load_secrets(self, entry: PendingRequest) -> dict[str, str] | None:
        needed = set(entry.secret_fields) | ({_MANAGER_PIN} if entry.manager else set())
        if not needed:
            return {}
        secrets = self._secrets.get(entry.key) or self.tokens.load_secrets(entry.key)
        if secrets is None or not needed <= secrets.keys():
            return None
        return secrets

    def _forget_secrets(self, key: str) -> None:
        self._secrets.pop(key, None)
        self.tokens.forget_secrets(key)

    # ------------------------------------------------------------------ sending

    def _headers(self, token: str | None, *, training: bool | None = None) -> dict[str, str]:
        headers: dict[str, str] = {}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if self.training if training is None else training:
            headers["X-Training"] = "true"
        return headers

    def _token(self) -> str:
        if self.session is None:
            raise Unauthorized(ErrorCode.UNAUTHORIZED, "Not signed in",
                               "Sign in to the ledger first.")
        return self.session.token

    def _timeout(self, read_timeout_s: float | None) -> httpx.Timeout:
        if read_timeout_s is None:
            return self.timeout
        return httpx.Timeout(self.timeout.connect, read=read_timeout_s,
                             write=self.timeout.write, pool=self.timeout.pool)

    def _change_deadline_s(self, read_timeout_s: float | None) -> float:
        """A change's deadline: longer only for a request allowed a longer read."""
        if read_timeout_s is None:
            return self.change_deadline_s
        return max(self.change_deadline_s, _attempt_limit_s(self._timeout(read_timeout_s)))

    async def _send(self, method: str, path: str, *, headers: Mapping[str, str],
                    deadline: float, json: Any = None,
                    params: Mapping[str, str] | None = None,
                    read_timeout_s: float | None = None) -> httpx.Response:
        """One attempt, with httpx's timeouts, cut off at the call's `deadline` (a
        `time.monotonic()` value; in-process ledgers have no socket timeouts)."""
        timeout = self._timeout(read_timeout_s)
        limit_s = min(_attempt_limit_s(timeout), deadline - time.monotonic())
        if limit_s <= 0:
            raise TimeoutError("the call's deadline has passed")
        async with asyncio.timeout(limit_s):
            return await self._http.request(method, path, headers=headers, json=json,
                                            params=params, timeout=timeout)

    async def _request(self, method: str, path: str, *, json: Any = None,
                       params: Mapping[str, str] | None = None, auth: bool = True,
                       token: str | None = None, idempotent: bool = False,
                       deadline_s: float | None = None) -> httpx.Response:
        """A request that changes nothing on the ledger: retried on network errors and 5xx
        within the read deadline, then LedgerTimeout (too slow) or LedgerUnavailable; a 4xx
        answer raises its mapped error."""
        token = token if token is not None else (self._token() if auth else None)
        headers = self._headers(token)
        if idempotent:
            headers["Idempotency-Key"] = str(uuid.uuid4())
        deadline = time.monotonic() + (self.read_deadline_s if deadline_s is None
                                       else deadline_s)
        last: Exception | None = None
        for attempt in range(len(self.retry_delays_s) + 1):
            if attempt:
                delay = self.retry_delays_s[attempt - 1]
                if time.monotonic() + delay >= deadline:
                    break
                await asyncio.sleep(delay)
            try:
                response = await self._send(method, path, headers=headers, json=json,
                                            params=params, deadline=deadline)
            except (httpx.TransportError, TimeoutError) as exc:
                last = exc
                continue
            if response.status_code >= 500:
                last = error_from_response(response.status_code, response.content)
                continue
            if response.is_success:
                return response
            error = error_from_response(response.status_code, response.content,
                                        response.headers.get("Retry-After"))
            if isinstance(error, Unauthorized) and token is not None:
                self._session_expired(token)
            raise error
        raise _unavailable(last) from last

    async def _read(self, method: str, path: str, model: type[M], **kw: Any) -> M:
        response = await self._request(method, path, **kw)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise _unexpected(f"{method} {path}") from exc

    def _session_expired(self, token: str) -> None:
        if self.session is not None and self.session.token == token:
            self.tokens.forget_session(self.session.operator)
            self.session = None

    async def _change(self, op: str, method: str, path: str, body: dict[str, Any],
                      model: type[M], *, secret_fields: tuple[str, ...] = (),
                      manager: tuple[str, str] | None = None,
                      read_timeout_s: float | None = None) -> M:
        """A ledger-changing request: into the outbox, then sent (and retried) with its key."""
        token = self._token()
        session = cast(SessionOut, self.session)
        secrets = {f: str(body.pop(f)) for f in secret_fields if body.get(f) is not None}
        if manager is not None:
            secrets[_MANAGER_PIN] = manager[1]
        key = str(uuid.uuid4())
        if secrets:
            self._secrets[key] = secrets
            await asyncio.to_thread(self.tokens.save_secrets, key, secrets)
        entry = await asyncio.to_thread(
            self._outbox.add, key=key, ledger_id=self.ledger_id, op=op, method=method,
            path=path, body=body, secret_fields=tuple(sorted(set(secrets) - {_MANAGER_PIN})),
            operator=session.operator, location=session.location, terminal=session.terminal,
            training=self.training, manager=None if manager is None else manager[0])
        outcome = await self._deliver(entry, token, secrets, delays=self.retry_delays_s,
                                      read_timeout_s=read_timeout_s)
        if isinstance(outcome, LedgerError):
            raise outcome
        return cast(M, outcome)

    async def _deliver(self, entry: PendingRequest, token: str, secrets: Mapping[str, str],
                       *, delays: Sequence[float], resolving: bool = False,
                       read_timeout_s: float | None = None) -> BaseModel | LedgerError:
        """Send an outbox entry until its outcome is known or the attempts run out.

        Returns the outcome (never raises for the ledger's answer): the response model, the
        refusal, or OutcomeUnknown (the entry stays pending). The entry is finished only on an
        answer that tells what became of the request: a 2xx, or a refusal the ledger gives
        after looking at the key. 401 and 429 come before that, so after an attempt that
        may have got through (or during resolve) they leave the entry pending.
        """
        model = _RESULTS[entry.op]
        body: dict[str, Any] | None = None
        if entry.body is not None:
            body = {**entry.body, **{f: secrets[f] for f in entry.secret_fields}}
        headers = self._headers(token, training=entry.training)
        headers["Idempotency-Key"] = entry.key
        if entry.manager is not None:
            headers["X-Manager-Operator"] = entry.manager
            headers["X-Manager-Pin"] = secrets[_MANAGER_PIN]
        reached = entry.reached
        deadline = time.monotonic() + self._change_deadline_s(read_timeout_s)
        last: LedgerError | None = None
        self._in_flight.add(entry.id)
        try:
            for attempt in range(len(delays) + 1):
                if attempt:
                    if time.monotonic() + delays[attempt - 1] >= deadline:
                        break
                    await asyncio.sleep(delays[attempt - 1])
                reached_before = reached
                await asyncio.to_thread(self._outbox.begin_attempt, entry.id)
                try:
                    response = await self._send(entry.method, entry.path, headers=headers,
                                                json=body, read_timeout_s=read_timeout_s,
                                                deadline=deadline)
                except (httpx.TransportError, TimeoutError) as exc:
                    reached = reached or not isinstance(exc, _NOT_REACHED)
                    last = _unavailable(exc)
                    last.__cause__ = exc
                    await asyncio.to_thread(self._outbox.failed, entry.id, reached=reached,
                                            error=f"{type(exc).__name__}: {exc}")
                    continue
                reached = True
                status = response.status_code
                if response.is_success:
                    return await self._finish_success(entry, model, response)
                error = error_from_response(status, response.content,
                                            response.headers.get("Retry-After"))
                if status >= 500 or isinstance(error, RequestInProgress):
                    last = error
                    await asyncio.to_thread(self._outbox.failed, entry.id, reached=True,
                                            error=f"{status} {error.code}: {error.detail}")
                    continue
                if isinstance(error, Unauthorized):
                    self._session_expired(token)
                if isinstance(error, Unauthorized | RateLimited) and (
                        resolving or reached_before):
                    await asyncio.to_thread(self._outbox.failed, entry.id, reached=True,
                                            error=f"{status} {error.code}: {error.detail}")
                    unknown = _still_unknown(entry, _UNKNOWN_REACHED, error)
                    return unknown
                await asyncio.to_thread(
                    self._outbox.finish, entry.id, "refused", status=status,
                    outcome=None if error.problem is None else error.problem.model_dump())
                self._forget_secrets(entry.key)
                return error
        finally:
            self._in_flight.discard(entry.id)
        detail = _UNKNOWN_REACHED if reached else _UNKNOWN_NOT_REACHED
        unknown = OutcomeUnknown(detail, entry_id=entry.id, reached=reached)
        unknown.__cause__ = last
        return unknown

    async def _finish_success(self, entry: PendingRequest, model: type[BaseModel],
                              response: httpx.Response) -> BaseModel | LedgerError:
        try:
            result: BaseModel = model.model_validate_json(response.content)
            stored: Any = (_redacted(result.model_dump(mode="json"))
                           if len(response.content) <= _MAX_STORED_OUTCOME else None)
        except ValidationError as exc:
            result_error = _unexpected(f"{entry.method} {entry.path}")
            result_error.__cause__ = exc
            await asyncio.to_thread(self._outbox.finish, entry.id, "done",
                                    status=response.status_code, outcome=None)
            self._forget_secrets(entry.key)
            return result_error
        await asyncio.to_thread(self._outbox.finish, entry.id, "done",
                                status=response.status_code, outcome=stored)
        self._forget_secrets(entry.key)
        return result


_UNKNOWN_REACHED = ("The ledger did not answer, so GiftDesk cannot tell yet whether this was "
                    "done. Do not repeat it: GiftDesk will find out as soon as the ledger "
                    "answers again.")
_UNKNOWN_NOT_REACHED = ("The ledger cannot be reached, so this has not been done yet. GiftDesk "
                        "keeps the request and sends it once the ledger is back, unless it is "
                        "discarded first.")


def _still_unknown(entry: PendingRequest, detail: str,
                   cause: LedgerError | None = None) -> OutcomeUnknown:
    unknown = OutcomeUnknown(detail, entry_id=entry.id, reached=entry.reached)
    unknown.__cause__ = cause
    return unknown


def _attempt_limit_s(timeout: httpx.Timeout) -> float:
    """Longest one attempt may take: connect, write and read in turn."""
    return sum(t or 0.0 for t in (timeout.connect, timeout.read, timeout.write)) or 30.0


def _unavailable(exc: Exception | None) -> LedgerUnavailable:
    if isinstance(exc, LedgerUnavailable):
        return exc
    if isinstance(exc, httpx.TimeoutException | TimeoutError) and not isinstance(
            exc, _NOT_REACHED):
        return LedgerTimeout(NETWORK, "The ledger did not answer in time",
                             "The ledger did not answer in time.", None)
    if exc is None:
        detail = "The ledger cannot be reached."
    else:
        detail = f"The ledger cannot be reached ({type(exc).__name__})."
    return LedgerUnavailable(NETWORK, "The ledger cannot be reached", detail, None)


def _unexpected(what: str) -> LedgerError:
    return LedgerError(ErrorCode.VALIDATION_ERROR, "Unexpected answer",
                       f"The ledger's answer to {what} is not what this GiftDesk expects; "
                       "is the ledger a different version?", None)


def _invalid(exc: ValidationError) -> InvalidRequest:
    errors = exc.errors()
    if not errors:
        return InvalidRequest(ErrorCode.VALIDATION_ERROR, "Invalid request", str(exc), None)
    where = ".".join(str(p) for p in errors[0]["loc"])
    detail = f"{where}: {errors[0]['msg']}" if where else errors[0]["msg"]
    return InvalidRequest(ErrorCode.VALIDATION_ERROR, "Invalid request", detail, None)


def _body(model: type[Request], *, _keep_null: bool = False, **fields: Any) -> dict[str, Any]:
    """A request body checked against the wire schema before anything is sent.

    `_keep_null`: a PATCH, where a field given as None is sent as null (it clears the value)
    and only the fields given are sent."""
    try:
        request = model(**fields)
    except ValidationError as exc:
        raise _invalid(exc) from exc
    except TypeError as exc:  # an unknown keyword in **fields
        raise InvalidRequest(ErrorCode.VALIDATION_ERROR, "Invalid request", str(exc)) from exc
    if _keep_null:
        patch: dict[str, Any] = request.model_dump(mode="json", exclude_unset=True)
        return patch
    body: dict[str, Any] = request.model_dump(mode="json", exclude_none=True)
    return body


def _params(**values: str | datetime | None) -> dict[str, str]:
    return {k: v.isoformat() if isinstance(v, datetime) else v
            for k, v in values.items() if v is not None}


def _card_path(ref: str, action: str | None = None) -> str:
    """`/v1/cards/{ref}[/action]`, the reference URL-encoded (codes may contain spaces)."""
    path = f"/v1/cards/{quote(ref.strip(), safe='')}"
    return f"{path}/{action}" if action else path


def _redacted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("***" if k in _SECRET_OUTCOME_FIELDS and v is not None else _redacted(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v) for v in value]
    return value

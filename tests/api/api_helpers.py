"""Helpers of the API tests: operators to seed, a client wrapper that signs in and sets up
cards, and the problem+json assertion."""

from __future__ import annotations

import functools
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine, insert

from app.ledger import security
from app.ledger.engine import Ledger, utcnow
from app.ledger.schema import locations, operators

# name: (PIN, role, allowed locations)
PEOPLE = {
    "admin": ("0000", "admin", ["*"]),
    "manager": ("9999", "manager", ["STORE-1", "STORE-2"]),
    "manager2": ("8888", "manager", ["STORE-2"]),
    "cashier": ("1111", "cashier", ["STORE-1"]),
    "cashier2": ("2222", "cashier", ["STORE-2"]),
}
WHERE = {"admin": "STORE-1", "manager": "STORE-1", "manager2": "STORE-2", "cashier": "STORE-1",
         "cashier2": "STORE-2"}


@functools.cache
def pin_hash(pin: str) -> str:
    return security.hash_pin(pin)


def seed_people(engine: Engine) -> None:
    """Two stores and five operators (hashes computed once per test session)."""
    with engine.begin() as conn:
        conn.execute(insert(locations), [
            {"merchant_id": 1, "code": "STORE-1", "name": "Main Street"},
            {"merchant_id": 1, "code": "STORE-2", "name": "Station Square"}])
        conn.execute(insert(operators), [
            {"merchant_id": 1, "name": name, "pin_hash": pin_hash(pin), "role": role,
             "locations": json.dumps(where), "active": True, "created_at": utcnow()}
            for name, (pin, role, where) in PEOPLE.items()])


Headers = dict[str, str]


@dataclass
class Api:
    """The app under test, its client and ways to sign in and set up cards."""

    client: httpx.AsyncClient
    ledger: Ledger
    app: FastAPI

    async def sign_in(self, operator: str = "cashier", *, location: str | None = None,
                      terminal: str = "T1") -> Headers:
        pin = PEOPLE[operator][0]
        response = await self.client.post("/v1/sessions", json={
            "operator": operator, "pin": pin, "location": location or WHERE[operator],
            "terminal": terminal})
        assert response.status_code == 201, response.text
        return {"Authorization": f"Bearer {response.json()['token']}"}

    async def post(self, path: str, as_: Headers, body: Any = None, *,
                   key: str | None = None, **headers: str) -> httpx.Response:
        """A POST with a fresh Idempotency-Key unless one is given (key="" sends none)."""
        sent = dict(as_)
        if key != "":
            sent["Idempotency-Key"] = key or str(uuid.uuid4())
        sent.update(headers)
        return await self.client.post(path, json=body, headers=sent)

    async def ok(self, method: str, path: str, as_: Headers, body: Any = None,
                 status: int = 200, **headers: str) -> Any:
        """A request that must succeed with `status`; returns the JSON body."""
        sent = {**as_, "Idempotency-Key": str(uuid.uuid4()), **headers}
        response = await self.client.request(method, path, json=body, headers=sent)
        assert response.status_code == status, response.text
        return response.json() if response.content else None

    async def program(self, admin: Headers, **fields: Any) -> dict[str, Any]:
        body = {"name": "Gift", "currency": "USD", "default_value": 5000,
                "reloadable": True, **fields}
        result: dict[str, Any] = await self.ok("POST", "/v1/programs", admin, body, 201)
        return result

    async def card(self, admin: Headers, value: int = 5000, **fields: Any) -> dict[str, Any]:
        """One active card of a new program."""
        program = await self.program(admin, **fields)
        made = await self.ok("POST", f"/v1/programs/{program['id']}/cards", admin,
                             {"quantity": 1, "value": value}, 201)
        card: dict[str, Any] = made["cards"][0]
        return card

    async def pending_card(self, admin: Headers, **fields: Any) -> dict[str, Any]:
        program = await self.program(admin, **fields)
        made = await self.ok("POST", f"/v1/programs/{program['id']}/cards", admin,
                             {"quantity": 1, "pending": True}, 201)
        card: dict[str, Any] = made["cards"][0]
        return card


def problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Assert a problem+json answer with this status and code; return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    assert body["status"] == status
    assert body["title"]
    assert body["detail"]
    assert body["type"]
    return body


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served_in_thread(app: FastAPI) -> Iterator[str]:
    """`app` under uvicorn on a free local port, in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False, ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive(), "the server stopped"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)

"""`giftdesk bench ledger`: the ledger engine next to plain sqlite3 doing the same work.

Two measurements on temporary SQLite files, each created with the ledger's migrations and
opened with the ledger's settings (WAL, synchronous=FULL, a busy timeout, foreign keys):

1. Redemptions per second through `Ledger.redeem` (a request id each, one transaction each)
   next to the floor: plain `sqlite3` running the same conditional UPDATE of the card and
   INSERT of its journal row per transaction (BEGIN IMMEDIATE … COMMIT). Both run in
   alternating slices so that a busy disk or CPU affects both alike. Target: the engine at
   least 50% of the floor.
2. The time to generate 1,000,000 cards (`Ledger.generate_cards(..., pending=True)`, one
   transaction) next to a plain `executemany` of as many prepared rows into the same cards
   table of a fresh database. Targets: at most 2x the floor and at most 30 s.
3. What a merchant waits for, next to the same floor: the whole `giftdesk cards generate`
   command (a new process; the CSV written to a file), and the API's job path (`POST
   /v1/programs/{id}/cards` answers 202, the job is polled until done, then its cards are
   saved from `GET /v1/jobs/{id}/cards.csv`). Target: each at most 1.5x the floor.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.domain.codes import new_card_codes, new_tokens
from app.domain.model import Actor, Role
from app.ledger.db import SQLITE_BUSY_TIMEOUT_MS, make_engine
from app.ledger.directory import ensure_merchant
from app.ledger.engine import Ledger
from app.ledger.migrate import upgrade
from app.ledger.results import ProgramSpec

ACTOR = Actor(operator="bench", role=Role.ADMIN, location="BENCH", terminal="B1")
CARDS_IN_USE = 4
SLICES = 20
REDEMPTION_TARGET = 0.5  # engine rate / floor rate, at least
GENERATION_RATIO_TARGET = 2.0  # engine time / floor time, at most
GENERATION_SECONDS_TARGET = 30.0
MERCHANT_WAIT_TARGET = 1.5  # the command's and the job path's time / floor time, at most
# The floor's statements: the engine's conditional update and journal row, in plain SQL.
FLOOR_UPDATE = (
    "UPDATE cards SET balance = balance - ?, status = CASE WHEN balance - ? = 0 "
    "THEN 'depleted' ELSE status END WHERE id = ? AND status = 'active' "
    "AND balance - held >= ? RETURNING balance")
FLOOR_JOURNAL = (
    "INSERT INTO journal (card_id, kind, request_id, operator, approved_by, location, "
    "terminal, amount, delta, held_delta, balance_after, related_id, reporting_code, "
    "reference, comment, training, created_at) "
    "VALUES (?, 'redeem', ?, ?, NULL, ?, ?, ?, ?, 0, ?, NULL, NULL, NULL, NULL, 0, ?)")
FLOOR_CARD = (
    "INSERT INTO cards (code, token, program_id, status, balance, held, initial_value, "
    "valid_from, valid_until, training, failed_pin_count, created_at) "
    "VALUES (?, ?, ?, 'pending', 0, 0, ?, NULL, NULL, 0, 0, ?)")


def _new_ledger(path: Path) -> tuple[Ledger, int]:
    """A migrated ledger file with one program; returns the ledger and the program id."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    ensure_merchant(engine, "Bench")
    ledger = Ledger(engine)
    program = ledger.create_program(ACTOR, ProgramSpec(name="Bench", default_value=10**9))
    return ledger, program.id


def _plain(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the ledger's own settings."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _stamp() -> str:
    """The current time as the ledger stores it in SQLite."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def measure_redemptions(folder: Path, count: int) -> tuple[float, float]:
    """(engine, floor) redemptions per second, `count` each, in alternating slices."""
    ledger, program_id = _new_ledger(folder / "engine-redeem.db")
    codes = [c.code for c in ledger.generate_cards(ACTOR, program_id, CARDS_IN_USE)]
    floor_ledger, floor_program = _new_ledger(folder / "floor-redeem.db")
    floor_ids = list(range(1, CARDS_IN_USE + 1))
    floor_ledger.generate_cards(ACTOR, floor_program, CARDS_IN_USE)
    floor_ledger.engine.dispose()
    plain = _plain(folder / "floor-redeem.db")
    serial = 0

    def engine_slice(n: int) -> None:
        nonlocal serial
        for _ in range(n):
            serial += 1
            ledger.redeem(ACTOR, codes[serial % CARDS_IN_USE], 1, request_id=f"bench-{serial}")

    def floor_slice(n: int) -> None:
        nonlocal serial
        for _ in range(n):
            serial += 1
            card_id = floor_ids[serial % CARDS_IN_USE]
            plain.execute("BEGIN IMMEDIATE")
            row = plain.execute(FLOOR_UPDATE, (1, 1, card_id, 1)).fetchone()
            if row is None:
                raise RuntimeError("the floor's card ran out of value")
            plain.execute(FLOOR_JOURNAL, (card_id, f"bench-{serial}", ACTOR.operator,
                                          ACTOR.location, ACTOR.terminal, 1, -1, row[0],
                                          _stamp()))
            plain.execute("COMMIT")

    try:
        engine_slice(20)  # warm up: caches, first pages of the journal
        floor_slice(20)
        spent = {"engine": 0.0, "floor": 0.0}
        size = max(1, count // SLICES)
        for _ in range(SLICES):
            for name, run in (("floor", floor_slice), ("engine", engine_slice)):
                start = time.perf_counter()
                run(size)
                spent[name] += time.perf_counter() - start
        if ledger.audit_balances():
            raise RuntimeError("the engine's journal does not add up to its balances")
        done = size * SLICES
        return done / spent["engine"], done / spent["floor"]
    finally:
        plain.close()
        ledger.engine.dispose()


def measure_generation(folder: Path, count: int) -> tuple[float, float]:
    """(engine, floor) seconds to put `count` new pending cards in, each on a fresh file."""
    ledger, program_id = _new_ledger(folder / "engine-generate.db")
    try:
        start = time.perf_counter()
        made = ledger.generate_cards(ACTOR, program_id, count, pending=True)
        engine_s = time.perf_counter() - start
        if len(made) != count:
            raise RuntimeError(f"the engine made {len(made)} cards, not {count}")
        del made
    finally:
        ledger.engine.dispose()
    (folder / "engine-generate.db").unlink()

    floor_ledger, floor_program = _new_ledger(folder / "floor-generate.db")
    floor_ledger.engine.dispose()
    stamp = _stamp()
    rows = [(code, token, floor_program, 10**9, stamp)
            for code, token in zip(new_card_codes(count), new_tokens(count), strict=True)]
    plain = _plain(folder / "floor-generate.db")
    try:
        start = time.perf_counter()
        plain.execute("BEGIN IMMEDIATE")
        plain.executemany(FLOOR_CARD, rows)
        plain.execute("COMMIT")
        floor_s = time.perf_counter() - start
    finally:
        plain.close()
    return engine_s, floor_s


def measure_command(folder: Path, count: int) -> float:
    """Seconds of the whole `giftdesk cards generate` command, its CSV written to a file."""
    path = folder / "command.db"
    ledger, program_id = _new_ledger(path)
    ledger.engine.dispose()
    csv_path = folder / "command.csv"
    try:
        with csv_path.open("w") as out:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "app", "cards", "generate", "--db", str(path),
                            "--program", str(program_id), "--quantity", str(count),
                            "--pending"], stdout=out, stderr=subprocess.DEVNULL, check=True)
            seconds = time.perf_counter() - start
        _check_csv(csv_path, count)
        return seconds
    finally:
        csv_path.unlink(missing_ok=True)
        path.unlink()


def _check_csv(path: Path, count: int) -> None:
    with path.open() as lines:
        made = sum(1 for _ in lines) - 1
    if made != count:
        raise RuntimeError(f"the CSV has {made} cards, not {count}")


def measure_job(folder: Path, count: int) -> tuple[float, float]:
    """Seconds until a job of `count` cards is done, and until its cards are in a CSV file,
    through the API (in this process, as the app's embedded ledger is)."""
    from app.ledger.directory import ALL_LOCATIONS, add_location, add_operator

    path = folder / "job.db"
    ledger, program_id = _new_ledger(path)
    add_location(ledger.engine, "BENCH", "Bench")
    add_operator(ledger.engine, "bench", "2468", Role.ADMIN, (ALL_LOCATIONS,))
    csv_path = folder / "job.csv"
    try:
        times = asyncio.run(_job_run(ledger, program_id, count, csv_path))
        _check_csv(csv_path, count)
        return times
    finally:
        ledger.engine.dispose()
        csv_path.unlink(missing_ok=True)
        path.unlink()


async def _job_run(ledger: Ledger, program_id: int, count: int,
                   csv_path: Path) -> tuple[float, float]:
    import httpx

    from app.server import create_app

    app = create_app(ledger=ledger)
    async with app.router.lifespan_context(app), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ledger",
            timeout=600) as client:
        signed = await client.post("/v1/sessions", json={
            "operator": "bench", "pin": "2468", "location": "BENCH", "terminal": "B1"})
        headers = {"Authorization": f"Bearer {signed.raise_for_status().json()['token']}"}
        start = time.perf_counter()
        answer = await client.post(f"/v1/programs/{program_id}/cards", headers=headers,
                                   json={"quantity": count, "pending": True})
        if answer.status_code != 202:
            raise RuntimeError(f"the API answered {answer.status_code}, not 202 with a job")
        job = answer.json()
        while job["status"] in ("queued", "running"):
            await asyncio.sleep(0.1)
            job = (await client.get(answer.headers["location"], headers=headers)
                   ).raise_for_status().json()
        if job["status"] != "done":
            raise RuntimeError(f"the job ended {job['status']}: {job['error_detail']}")
        done_s = time.perf_counter() - start
        with csv_path.open("wb") as out:
            async with client.stream("GET", f"/v1/jobs/{job['id']}/cards.csv",
                                     headers=headers) as csv_answer:
                csv_answer.raise_for_status()
                async for chunk in csv_answer.aiter_bytes():
                    out.write(chunk)
        return done_s, time.perf_counter() - start


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main(quick: bool = False, out: Callable[[str], None] | None = None) -> int:
    """Run both measurements and print their figures; `quick` uses small sizes."""
    say = out or (lambda line: print(line, flush=True))
    redemptions = 400 if quick else 5_000
    cards = 20_000 if quick else 1_000_000
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory(prefix="giftdesk-bench-") as tmp:
        folder = Path(tmp)
        say(f"GiftDesk ledger benchmark: SQLite {sqlite3.sqlite_version}, WAL, "
            f"synchronous=FULL, temporary files in {folder}")
        say(f"machine: {os.cpu_count()} CPUs, load average {load:.2f}"
            + ("; quick run with small sizes, the targets are for the full run" if quick
               else ""))
        engine_rate, floor_rate = measure_redemptions(folder, redemptions)
        ratio = engine_rate / floor_rate
        say(f"redemptions: engine {engine_rate:,.0f}/s, plain sqlite3 floor "
            f"{floor_rate:,.0f}/s, engine at {ratio:.0%} of the floor "
            f"(target >= {REDEMPTION_TARGET:.0%}: {_verdict(ratio >= REDEMPTION_TARGET)})")
        engine_s, floor_s = measure_generation(folder, cards)
        times = engine_s / floor_s
        ok = times <= GENERATION_RATIO_TARGET and engine_s <= GENERATION_SECONDS_TARGET
        say(f"generate {cards:,} cards: engine {engine_s:.1f} s, plain executemany "
            f"{floor_s:.1f} s, engine at {times:.2f}x the floor (targets <= "
            f"{GENERATION_RATIO_TARGET:g}x and <= {GENERATION_SECONDS_TARGET:g} s: "
            f"{_verdict(ok)})")
        command_s = measure_command(folder, cards)
        say(f"cards generate command, {cards:,} cards with the CSV written: {command_s:.1f} s, "
            f"{command_s / floor_s:.2f}x the floor (target <= {MERCHANT_WAIT_TARGET:g}x: "
            f"{_verdict(command_s <= MERCHANT_WAIT_TARGET * floor_s)})")
        job_s, job_csv_s = measure_job(folder, cards)
        say(f"job path (POST /v1/programs/{{id}}/cards: 202, polled), {cards:,} cards: done in "
            f"{job_s:.1f} s, {job_s / floor_s:.2f}x the floor; with its CSV saved "
            f"{job_csv_s:.1f} s, {job_csv_s / floor_s:.2f}x (target <= "
            f"{MERCHANT_WAIT_TARGET:g}x: {_verdict(job_csv_s <= MERCHANT_WAIT_TARGET * floor_s)})")
    return 0

"""The card finder: cards by code, recipient, sender or reference, newest first, page by page.

A caller sees the cards of the programs that work at one of their stores (a program without
stores works at every one); `"*"` sees all. Training copies are never listed. The cursor is the
id of the last card of the previous page, so pages stay stable while cards are added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from app.domain.errors import ErrorCode, refuse
from app.domain.model import CardStatus, Program
from app.ledger import store
from app.ledger.db import read_only
from app.ledger.directory import ALL_LOCATIONS
from app.ledger.engine import Ledger
from app.ledger.results import CardView
from app.ledger.schema import cards, journal

MAX_LIMIT = 200
DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class CardPage:
    cards: tuple[CardView, ...]
    next_cursor: str | None  # None: this was the last page


def _programs_in_scope(programs: Sequence[Program], allowed: Sequence[str],
                       location: str | None) -> list[int]:
    def works_at(program: Program, where: str) -> bool:
        return not program.locations or where in program.locations

    ids = []
    for program in programs:
        if location is not None and not works_at(program, location):
            continue
        if ALL_LOCATIONS in allowed or any(works_at(program, w) for w in allowed):
            ids.append(program.id)
    return ids


def _matching(query: Select[tuple[int]], text: str) -> Select[tuple[int]]:
    digits = re.sub(r"[\s-]", "", text)
    pattern = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%")\
        .replace("_", "\\_") + "%"
    conditions = [
        func.lower(cards.c.recipient).like(pattern, escape="\\"),
        func.lower(cards.c.sender).like(pattern, escape="\\"),
        cards.c.id.in_(select(journal.c.card_id).where(
            func.lower(journal.c.reference).like(pattern, escape="\\"))),
    ]
    if digits.isdigit():
        conditions.insert(0, cards.c.code.like(digits + "%"))
    return query.where(or_(*conditions))


def search(ledger: Ledger, *, allowed: Sequence[str], q: str | None = None,
           program: int | None = None, status: str | None = None,
           location: str | None = None, limit: int = DEFAULT_LIMIT,
           cursor: str | None = None) -> CardPage:
    """One page of the cards a caller allowed at `allowed` stores may see."""
    if not 1 <= limit <= MAX_LIMIT:
        raise refuse(ErrorCode.VALIDATION_ERROR, f"limit is 1 to {MAX_LIMIT}.")
    if status is not None and status not in set(CardStatus):
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"status is one of {', '.join(CardStatus)}, not {status!r}.")
    after: int | None = None
    if cursor:
        if not cursor.isdigit() or len(cursor) > 19:
            raise refuse(ErrorCode.VALIDATION_ERROR, "This cursor is not one we gave out.")
        after = int(cursor)
    where = location.strip().upper() if location else None
    if where is not None and ALL_LOCATIONS not in allowed and where not in allowed:
        raise refuse(ErrorCode.LOCATION_NOT_ALLOWED, f"You may not look at cards of {where}.")
    text = (q or "").strip()
    if len(text) > 100:
        raise refuse(ErrorCode.VALIDATION_ERROR, "Search for at most 100 characters.")
    programs = ledger.list_programs()
    if program is not None and program not in {p.id for p in programs}:
        raise refuse(ErrorCode.PROGRAM_NOT_FOUND, f"There is no program {program}.")
    ids = _programs_in_scope(programs, allowed, where)
    if program is not None:
        ids = [i for i in ids if i == program]
    if not ids:
        return CardPage((), None)
    query = select(cards.c.id).where(cards.c.training.is_(False), cards.c.program_id.in_(ids))
    if status is not None:
        query = query.where(cards.c.status == status)
    if after is not None:
        query = query.where(cards.c.id < after)
    if text:
        query = _matching(query, text)
    query = query.order_by(cards.c.id.desc()).limit(limit + 1)
    with read_only(ledger.engine) as conn:
        found = list(conn.execute(query).scalars())
        page = found[:limit]
        rows = {r.id: r for r in conn.execute(select(cards).where(cards.c.id.in_(page)))}
        views = tuple(store.card_view(store.card_from_row(rows[i]),
                                      ledger.program(conn, rows[i].program_id)) for i in page)
    return CardPage(views, str(page[-1]) if len(found) > limit else None)

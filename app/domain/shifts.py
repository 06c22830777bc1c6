"""A till's shift: a cashier opens it, works, and closes it; its Z report covers that time.

The rules as plans over what the ledger read: one shift open per terminal; the operator who
opened it closes it, or a manager does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Role


@dataclass(frozen=True)
class Shift:
    id: int
    location: str
    terminal: str
    opened_by: str
    opened_at: datetime
    closed_by: str | None = None
    closed_at: datetime | None = None


def check_open(open_here: Shift | None, actor: Actor) -> None:
    """A terminal has one shift open at a time."""
    if actor.training:
        raise refuse(ErrorCode.FORBIDDEN, "Shifts are opened and closed outside training mode.")
    if open_here is not None:
        raise refuse(ErrorCode.SHIFT_OPEN,
                     f"Shift {open_here.id} of {open_here.opened_by} is still open at "
                     f"{open_here.terminal}; close it first.", shift_id=open_here.id)


def check_close(open_here: Shift | None, actor: Actor) -> Shift:
    """The open shift of the actor's terminal, if the actor may close it."""
    if actor.training:
        raise refuse(ErrorCode.FORBIDDEN, "Shifts are opened and closed outside training mode.")
    if open_here is None:
        raise refuse(ErrorCode.SHIFT_NOT_FOUND,
                     f"No shift is open at {actor.terminal} in {actor.location}.")
    if open_here.opened_by != actor.operator and actor.effective_role < Role.MANAGER:
        raise refuse(ErrorCode.FORBIDDEN,
                     f"Only {open_here.opened_by} or a manager may close this shift.")
    return open_here

"""`valid_until` as people write it: a date-time with an offset, or a plain date.

A plain date ("2023-02-20", as the seeds and most people send it) means the card is good for
the whole of that day: the end of that day in the ledger's time zone. Stores have no time
zone of their own in the ledger (a location is a code and a name), so the ledger's zone is
used for every store: `GIFTDESK_TIME_ZONE` (an IANA name such as "Europe/Berlin") where the
ledger runs, else the zone of the computer it runs on. A name that is no time zone is not
used; the computer's zone is, and a warning says so.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import date, datetime, time, tzinfo
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AwareDatetime, BeforeValidator, WithJsonSchema

TIME_ZONE_ENV = "GIFTDESK_TIME_ZONE"
_PLAIN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
log = logging.getLogger(__name__)


def ledger_time_zone() -> tzinfo | None:
    """The zone a plain date is read in: the configured one if it exists; None for the
    computer's own (its rules, summer time included, for the day in question)."""
    name = os.environ.get(TIME_ZONE_ENV, "").strip()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("%s=%r is not a time zone; dates are read in this computer's zone",
                        TIME_ZONE_ENV, name)
    return None


def end_of_day(day: date, zone: tzinfo | None) -> datetime:
    """The last moment of `day` in `zone` (None: this computer's zone): a card valid until
    then is good all that day."""
    if zone is None:
        return datetime.combine(day, time.max).astimezone()
    return datetime.combine(day, time.max, tzinfo=zone)


def _date_as_end_of_day(value: Any) -> Any:
    if isinstance(value, str) and _PLAIN_DATE.fullmatch(value.strip()):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            return value  # "2023-02-30": the date-time check explains what is wrong
    if isinstance(value, date) and not isinstance(value, datetime):
        return end_of_day(value, ledger_time_zone())
    return value


_DESCRIPTION = (
    "A date-time with an offset (2023-02-20T18:00:00+01:00), or a plain date (2023-02-20): "
    f"the end of that day in the ledger's time zone ({TIME_ZONE_ENV}, else the server "
    "computer's zone; stores have no time zone of their own).")

ValidUntil = Annotated[
    AwareDatetime, BeforeValidator(_date_as_end_of_day),
    WithJsonSchema({"anyOf": [{"type": "string", "format": "date-time"},
                              {"type": "string", "format": "date"}],
                    "description": _DESCRIPTION})]

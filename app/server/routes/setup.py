"""First set-up of an empty ledger, without signing in: `GET|POST /v1/setup`.

`POST` works only while the ledger has no operator (then `already_set_up`), so it cannot take
over a ledger that is in use; the app's set-up screen uses it on a new remote ledger.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from app.ledger import people
from app.protocol.backoffice import LedgerInfoOut, SetupIn, SetupOut
from app.server.deps import Context, IdempotencyKey

router = APIRouter(prefix="/v1/setup", tags=["setup"])


@router.get("", response_model=LedgerInfoOut)
async def ledger_info(context: Context) -> LedgerInfoOut:
    """The merchant's name, default currency and stores, whether the ledger holds demo data,
    and whether it is set up (has an operator)."""
    info = await run_in_threadpool(people.ledger_info, context.ledger.engine)
    return LedgerInfoOut(merchant=info.merchant, currency=info.currency, demo=info.demo,
                         set_up=info.set_up, locations=list(info.locations))


@router.post("", status_code=201, response_model=SetupOut)
def set_up(body: SetupIn, context: Context, key: IdempotencyKey = None) -> SetupOut:
    """Name the merchant and its default currency, add the first store and the first admin
    (who may work at every store). Only on a ledger without operators."""
    with context.attempt(people.SETUP_ACTOR, "set_up", key=key):
        result = people.set_up(context.ledger, merchant=body.merchant, currency=body.currency,
                               location=body.location, location_label=body.location_name,
                               admin=body.admin, pin=body.pin, request_id=key)
    return SetupOut.model_validate(_plain(result))


def _plain(value: object) -> object:
    from app.ledger.codec import to_jsonable

    return to_jsonable(value)

"""What each API operation is called and which problem codes it can answer: one table.

Kept apart from the routes so that routes stay plain FastAPI functions; `app.server.openapi`
reads this table to give every operation an `operationId`, a summary and its own problem
codes. The codes every operation of a kind shares (signing in, a body, an Idempotency-Key, a
card in the path) are derived from the route's parameters there, so an entry lists only what
the operation's own rules can refuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import ErrorCode

E = ErrorCode


@dataclass(frozen=True)
class Operation:
    """`operation_id` is what a generated client names its method; `codes` are the
    operation's own refusals (see the module docstring for the shared ones)."""

    operation_id: str
    summary: str
    codes: tuple[ErrorCode, ...] = ()


# A card's state can refuse a change: each of these has its own sentence in the app.
CARD_STATE = (E.CARD_NOT_ACTIVE, E.CARD_LOCKED, E.CARD_EXPIRED, E.CARD_NOT_YET_VALID,
              E.CARD_VOID, E.CARD_CLOSED, E.CARD_DEPLETED)
# A card named in the body: a malformed code, an unknown one (or a wrong PIN, answered the
# same), and the terminal's limit on guessing.
CARD_IN_BODY = (E.INVALID_CARD_CODE, E.CARD_NOT_FOUND, E.RATE_LIMITED)
TAKING = (E.INVALID_AMOUNT, E.PIN_REQUIRED, E.INSUFFICIENT_BALANCE, E.PARTIAL_NOT_ALLOWED,
          E.LOCATION_NOT_ALLOWED, *CARD_STATE)

Op = Operation
# Keyed by the route function's name (FastAPI's `route.name`).
OPERATIONS: dict[str, Operation] = {
    # redemptions and validations: the counter's everyday calls
    "redeem": Op("redeem", "Redeem value or items from a card",
                (*CARD_IN_BODY, *TAKING, E.REPORTING_CODE_REQUIRED)),
    "list_redemptions": Op("list_redemptions", "List redemptions, newest first",
                          (E.INVALID_CARD_CODE,)),
    "get_redemption": Op("get_redemption", "Get one redemption", (E.REDEMPTION_NOT_FOUND,)),
    "reverse": Op("reverse_redemption", "Reverse a redemption",
                 (E.REDEMPTION_NOT_FOUND, E.ALREADY_REVERSED, E.NOT_REVERSIBLE,
                  E.REVERSAL_WINDOW_CLOSED, E.CARD_VOID, E.CARD_CLOSED,
                  E.MAX_BALANCE_EXCEEDED)),
    "validate": Op("validate_card", "Check what a card can pay, without changing it",
                  (*CARD_IN_BODY, E.PIN_REQUIRED)),
    # one card
    "get_card": Op("get_card", "Look up a card"),
    "transactions": Op("list_card_transactions", "List a card's journal"),
    "update_card": Op("update_card", "Change a card's sender, recipient, message or validity",
                     (E.CARD_VOID, E.CARD_CLOSED, E.CARD_NOT_ACTIVE)),
    "sell": Op("sell_card", "Sell a pending card",
              (E.CARD_NOT_PENDING, E.INVALID_AMOUNT, E.MAX_BALANCE_EXCEEDED,
               E.PROGRAM_RETIRED)),
    "activate": Op("activate_card", "Activate an allocated card with its token",
                  (E.CARD_NOT_ALLOCATED, E.ACTIVATION_TOKEN_INVALID)),
    "load": Op("load_card", "Add value to a reloadable card",
              (E.INVALID_AMOUNT, E.RELOAD_NOT_ALLOWED, E.MAX_BALANCE_EXCEEDED,
               E.LOCATION_NOT_ALLOWED, *CARD_STATE)),
    "lock": Op("lock_card", "Lock a card", (E.CARD_LOCKED, E.CARD_EXPIRED, E.CARD_VOID,
                                             E.CARD_CLOSED)),
    "unlock": Op("unlock_card", "Unlock a locked card", (E.CARD_VOID, E.CARD_CLOSED)),
    "void": Op("void_card", "Cancel a card for good", (E.CARD_VOID, E.CARD_CLOSED)),
    "close": Op("close_card", "Close a card for good",
                (E.CARD_VOID, E.CARD_CLOSED, E.CARD_NOT_ACTIVE)),
    # corrections on one card
    "cancel": Op("cancel_last_sale_or_load", "Cancel a card's last sale or load",
                (E.NOTHING_TO_CANCEL, E.CANCEL_WINDOW_CLOSED, E.ALREADY_SPENT,
                 E.REASON_REQUIRED, *CARD_STATE)),
    "refund": Op("refund_to_card", "Pay a return back onto a card",
                (E.INVALID_AMOUNT, E.REDEMPTION_NOT_FOUND, E.REFUND_EXCEEDS_REDEMPTION,
                 E.REASON_REQUIRED, E.MAX_BALANCE_EXCEEDED, *CARD_STATE)),
    "adjust": Op("adjust_balance", "Correct a card's balance",
                (E.INVALID_AMOUNT, E.INSUFFICIENT_BALANCE, E.REASON_REQUIRED,
                 E.MAX_BALANCE_EXCEEDED, *CARD_STATE)),
    "transfer": Op("transfer_balance", "Move a card's balance to another card",
                  (E.SAME_CARD, E.CURRENCY_MISMATCH, E.REASON_REQUIRED,
                   E.MAX_BALANCE_EXCEEDED, E.CARD_NOT_PENDING, *CARD_STATE)),
    "validity": Op("change_validity", "Extend or shorten a card's validity",
                  (E.REASON_REQUIRED, *CARD_STATE)),
    # holds
    "hold": Op("place_hold", "Hold value on a card for a later capture",
              (*CARD_IN_BODY, *TAKING)),
    "get_hold": Op("get_hold", "Get one hold", (E.HOLD_NOT_FOUND,)),
    "capture": Op("capture_hold", "Redeem a hold",
                 (E.HOLD_NOT_FOUND, E.HOLD_EXPIRED, E.HOLD_NOT_ACTIVE, E.INVALID_AMOUNT,
                  E.INSUFFICIENT_BALANCE, E.REPORTING_CODE_REQUIRED, *CARD_STATE)),
    "release": Op("release_hold", "Release a hold unused",
                 (E.HOLD_NOT_FOUND, E.HOLD_EXPIRED, E.HOLD_NOT_ACTIVE)),
    # sessions and health
    "sign_in": Op("sign_in", "Sign in with an operator's PIN",
                 (E.UNAUTHORIZED, E.LOCATION_NOT_ALLOWED, E.LOCATION_NOT_FOUND,
                  E.RATE_LIMITED)),
    "current": Op("get_current_session", "Who is signed in"),
    "sign_out": Op("sign_out", "Sign out (the token stops working)"),
    "health": Op("get_health", "Is the server and its database up"),
    # programs and cards
    "create_program": Op("create_program", "Create a gift-card program",
                        (E.INVALID_CURRENCY, E.INVALID_AMOUNT, E.MAX_BALANCE_EXCEEDED,
                         E.LOCATION_NOT_FOUND)),
    "list_programs": Op("list_programs", "List the programs"),
    "get_program": Op("get_program", "Get one program", (E.PROGRAM_NOT_FOUND,)),
    "update_program": Op("update_program", "Change a program",
                        (E.PROGRAM_NOT_FOUND, E.PROGRAM_FIELD_LOCKED, E.PROGRAM_RETIRED,
                         E.INVALID_AMOUNT, E.MAX_BALANCE_EXCEEDED, E.LOCATION_NOT_FOUND)),
    "retire_program": Op("retire_program", "Retire a program (no new cards)",
                        (E.PROGRAM_NOT_FOUND, E.PROGRAM_RETIRED)),
    "generate_cards": Op("generate_cards", "Issue new cards of a program",
                        (E.PROGRAM_NOT_FOUND, E.PROGRAM_RETIRED, E.INVALID_AMOUNT,
                         E.MAX_BALANCE_EXCEEDED)),
    "next_pending": Op("get_next_pending_card", "The next pending card of a program to sell",
                      (E.PROGRAM_NOT_FOUND, E.NO_PENDING_CARD)),
    "find_cards": Op("find_cards", "Find cards",
                    (E.PROGRAM_NOT_FOUND, E.LOCATION_NOT_ALLOWED, E.INVALID_CARD_CODE)),
    "get_job": Op("get_job", "Get a card-issuing job", (E.JOB_NOT_FOUND,)),
    "job_cards": Op("list_job_cards", "List the cards a job issued",
                   (E.JOB_NOT_FOUND, E.REQUEST_IN_PROGRESS)),
    "job_cards_csv": Op("download_job_cards_csv", "Download a finished job's cards as CSV",
                       (E.JOB_NOT_FOUND, E.REQUEST_IN_PROGRESS)),
    "cancel_job": Op("cancel_job", "Cancel a running job at its next chunk",
                    (E.JOB_NOT_FOUND, E.JOB_NOT_CANCELLABLE)),
    # reports
    "shift": Op("get_shift_report", "Totals of a shift"),
    "liability": Op("get_liability_report", "What the cards still hold"),
    "z_report": Op("get_z_report", "The closing (Z) report of a day or a shift",
                   (E.SHIFT_NOT_FOUND,)),
    # shifts at a till
    "open_shift": Op("open_shift", "Open a shift at this terminal", (E.SHIFT_OPEN,)),
    "current_shift": Op("get_current_shift", "The shift open at this terminal",
                        (E.SHIFT_NOT_FOUND,)),
    "close_shift": Op("close_shift", "Close the shift open at this terminal",
                      (E.SHIFT_NOT_FOUND,)),
    "journal_csv": Op("export_journal_csv", "The journal as CSV"),
    # the back office
    "ledger_info": Op("get_ledger_info", "Is this ledger set up, and whose is it"),
    "set_up": Op("set_up_ledger", "Set up a new ledger: the merchant, first store and admin",
                (E.ALREADY_SET_UP,)),
    "list_locations": Op("list_locations", "List the stores"),
    "add_location": Op("add_location", "Add a store", (E.LOCATION_EXISTS,)),
    "rename_location": Op("rename_location", "Rename a store", (E.LOCATION_NOT_FOUND,)),
    "list_operators": Op("list_operators", "List the operators"),
    "add_operator": Op("add_operator", "Add an operator",
                      (E.OPERATOR_EXISTS, E.LOCATION_NOT_FOUND)),
    "update_operator": Op("update_operator", "Change an operator's role, stores, PIN or status",
                         (E.OPERATOR_NOT_FOUND, E.LAST_ADMIN, E.LOCATION_NOT_FOUND)),
    "list_keys": Op("list_api_keys", "List the API keys"),
    "create_key": Op("create_api_key", "Create an API key for an integration",
                    (E.API_KEY_EXISTS, E.LOCATION_NOT_FOUND)),
    "revoke_key": Op("revoke_api_key", "Revoke an API key", (E.API_KEY_NOT_FOUND,)),
    "delete_key": Op("delete_api_key", "Delete an API key", (E.API_KEY_NOT_FOUND,)),
}

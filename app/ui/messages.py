"""What the cashier reads when something goes wrong: THE one table of sentences.

Every problem code of the ledger API (`app.domain.errors.ErrorCode`) and every condition of
the connection maps to one sentence here; screens never show an exception's text or a
traceback. Details go to the log file.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.errors import ErrorCode

# Conditions that are not problem codes of the API.
UNREACHABLE = "ledger_unreachable"
TIMEOUT = "timeout"
OUTCOME_UNKNOWN = "outcome_unknown"
OUTCOME_RESOLVED_NOT_DONE = "outcome_not_done"
RESOLVED_DONE = "resolved_done"
CANCELLED = "redemption_cancelled"
RESOLVED_EARLIER = "resolved_earlier"
INTERRUPTED_EARLIER = "interrupted_earlier"
SIGN_IN_TO_FINISH = "sign_in_to_finish"
NOT_SIGNED_IN = "not_signed_in"
SIGN_IN_REFUSED = "sign_in_refused"
SIGN_IN_FORBIDDEN = "sign_in_forbidden"
KEYRING_MISSING = "keyring_missing"
STARTING = "starting"
UNEXPECTED = "unexpected"
MISTYPED_CODE = "mistyped_code"
PIN_OR_CODE_WRONG = "pin_or_code_wrong"
AMOUNT_TOO_HIGH = "amount_too_high"
AMOUNT_MISSING = "amount_missing"
REASON_MISSING = "reason_missing"
REPORTING_CODE_MISSING = "reporting_code_missing"
MANAGER_NEEDED = "manager_needed"
MANAGER_REFUSED = "manager_refused"
SETTINGS_INCOMPLETE = "settings_incomplete"

SENTENCES: Mapping[str, str] = {
    # --- sign-in and permissions
    ErrorCode.UNAUTHORIZED: "Wrong operator or PIN. Check them and try again.",
    ErrorCode.OPERATOR_NOT_FOUND: "Wrong operator or PIN. Check them and try again.",
    ErrorCode.FORBIDDEN: "You are not allowed to do this here. Ask a manager.",
    ErrorCode.LOCATION_NOT_FOUND: "This location is not known to the ledger. Check Settings.",
    SIGN_IN_REFUSED: "Wrong operator or PIN. Check them and try again.",
    SIGN_IN_FORBIDDEN: "This operator may not work at this location. Check the location, "
                       "or ask a manager.",
    NOT_SIGNED_IN: "Your session has ended. Sign in again.",
    MANAGER_NEEDED: "Only a manager can reverse a redemption. Ask a manager to approve it.",
    MANAGER_REFUSED: "The manager's name or PIN is not right, or they may not approve at "
                     "this location.",
    # --- card codes
    ErrorCode.INVALID_CARD_CODE: "That is not a card code: check the digits or scan again.",
    MISTYPED_CODE: "This code has a typo: the last digit does not match. Check the digits.",
    ErrorCode.CARD_NOT_FOUND: "No card has this code. Check the digits or scan again.",
    # --- card state
    ErrorCode.CARD_NOT_REDEEMABLE: "This card cannot be used.",
    ErrorCode.CARD_NOT_ACTIVE: "This card has not been sold or activated yet.",
    ErrorCode.CARD_NOT_PENDING: "This card has been sold already.",
    ErrorCode.CARD_NOT_ALLOCATED: "This card is not waiting for activation.",
    ErrorCode.CARD_LOCKED: "This card is locked. A manager must unlock it first.",
    ErrorCode.CARD_EXPIRED: "This card has expired.",
    ErrorCode.CARD_NOT_YET_VALID: "This card cannot be used yet.",
    ErrorCode.CARD_VOID: "This card has been voided and cannot be used.",
    ErrorCode.CARD_CLOSED: "This card has been closed and cannot be used.",
    ErrorCode.CARD_DEPLETED: "This card is used up: nothing is left on it.",
    ErrorCode.LOCATION_NOT_ALLOWED: "This card cannot be used at this store.",
    ErrorCode.PARTIAL_NOT_ALLOWED: "This card must be used in full, in one purchase.",
    ErrorCode.INSUFFICIENT_BALANCE: "Not enough on the card. Lower the amount.",
    ErrorCode.PIN_REQUIRED: "This card needs its PIN. Ask the customer for it.",
    ErrorCode.PIN_INVALID: "Wrong card PIN. Ask the customer to try again.",
    PIN_OR_CODE_WRONG: "Wrong card PIN (or no card has this code). Ask the customer to try "
                       "the PIN again.",
    ErrorCode.REPORTING_CODE_REQUIRED: "This card needs a reporting code.",
    ErrorCode.ACTIVATION_TOKEN_INVALID: "The activation code is not right.",
    # --- amounts and input
    ErrorCode.INVALID_AMOUNT: "That amount is not valid.",
    ErrorCode.INVALID_CURRENCY: "That currency is not accepted.",
    ErrorCode.CURRENCY_MISMATCH: "The card's currency does not match.",
    ErrorCode.VALIDATION_ERROR: "Something in the form is not valid. Check it and try again.",
    AMOUNT_MISSING: "Enter the amount to take off the card.",
    AMOUNT_TOO_HIGH: "That is more than the card allows. Lower the amount.",
    REPORTING_CODE_MISSING: "Enter the reporting code: this card needs one.",
    REASON_MISSING: "Enter the reason for the reversal.",
    SETTINGS_INCOMPLETE: "Enter the remote ledger's address, or choose the embedded ledger.",
    # --- reversals and holds
    ErrorCode.REDEMPTION_NOT_FOUND: "No redemption has this transaction number.",
    ErrorCode.ALREADY_REVERSED: "This redemption has been reversed already.",
    ErrorCode.NOT_REVERSIBLE: "This transaction is not a redemption and cannot be reversed.",
    ErrorCode.REVERSAL_WINDOW_CLOSED: "This redemption is too old to reverse here.",
    ErrorCode.HOLD_NOT_FOUND: "This hold does not exist.",
    ErrorCode.HOLD_EXPIRED: "The hold on this card has expired.",
    ErrorCode.HOLD_NOT_ACTIVE: "The hold on this card is no longer active.",
    ErrorCode.RELOAD_NOT_ALLOWED: "This card cannot be reloaded.",
    ErrorCode.MAX_BALANCE_EXCEEDED: "That would put more on the card than it may hold.",
    ErrorCode.PROGRAM_NOT_FOUND: "This card's program does not exist.",
    ErrorCode.NO_PENDING_CARD: "There are no unsold cards left.",
    # --- requests and connection
    ErrorCode.IDEMPOTENCY_CONFLICT: "This request was already sent with different details. "
                                    "Start again with the card.",
    ErrorCode.REQUEST_IN_PROGRESS: "The ledger is still working on this. Wait a moment.",
    ErrorCode.RATE_LIMITED: "Too many tries. Wait a moment, then try again.",
    UNREACHABLE: "The ledger cannot be reached. Your input is kept; try again in a moment.",
    TIMEOUT: "The ledger is taking too long to answer. Try again in a moment.",
    OUTCOME_UNKNOWN: "The connection dropped during the redemption. Checking whether it went "
                     "through… do not redeem again.",
    OUTCOME_RESOLVED_NOT_DONE: "The redemption did not go through: nothing was taken from the "
                               "card. You can try again.",
    CANCELLED: "Redemption cancelled: it never reached the ledger, so nothing was taken from "
               "the card.",
    RESOLVED_DONE: "The connection dropped, but the ledger confirms this redemption went "
                   "through, once.",
    RESOLVED_EARLIER: "This redemption was interrupted earlier; the ledger confirms it went "
                      "through, once.",
    INTERRUPTED_EARLIER: "A request was interrupted earlier. Checking with the ledger "
                         "before anything else…",
    SIGN_IN_TO_FINISH: "Sign in again so that GiftDesk can finish the interrupted "
                       "redemption.",
    KEYRING_MISSING: "No password store on this computer: the app will ask you to sign in "
                     "again next time. Nothing is saved in plain text.",
    STARTING: "Starting the ledger…",
    UNEXPECTED: "Something went wrong. Try again; if it keeps happening, call support "
                "(details are in the log file).",
}


def sentence(code: str | None) -> str:
    """The sentence for a problem code or condition; a safe general one if unknown."""
    if code is None:
        return SENTENCES[UNEXPECTED]
    return SENTENCES.get(str(code), SENTENCES[UNEXPECTED])

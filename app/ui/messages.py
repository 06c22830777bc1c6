"""What the cashier reads when something goes wrong: THE one table of sentences.

Every problem code of the ledger API (`app.domain.errors.ErrorCode`) and every condition of
the connection maps to one sentence here; screens never show an exception's text or a
traceback. Details go to the log file. The ledger's own `detail` stays English; these sentences
are translated (context "messages" of resources/translations).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.money import AmountProblem, decimal_mark
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

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
# The card's life at the counter (app.ui.flow.card_ops): what a form still needs.
MANAGER_APPROVAL = "manager_approval"
CARD_CODE_MISSING = "card_code_missing"
TOKEN_MISSING = "token_missing"
AMOUNT_MISSING_HERE = "amount_missing_here"
REASON_NEEDED = "reason_needed"
TARGET_MISSING = "target_missing"
REFUND_REASON_MISSING = "refund_reason_missing"
TRANSACTION_NOT_A_NUMBER = "transaction_not_a_number"
ACTION_OUTCOME_UNKNOWN = "action_outcome_unknown"
# Why typed text is not an amount (app.domain.money.AmountProblem), "amount_" + the reason.
AMOUNT_NOT_A_NUMBER = "amount_" + AmountProblem.NOT_A_NUMBER
AMOUNT_DECIMAL_MARK = "amount_" + AmountProblem.DECIMAL_MARK
AMOUNT_TOO_MANY_DECIMALS = "amount_" + AmountProblem.TOO_MANY_DECIMALS
AMOUNT_NOT_POSITIVE = "amount_" + AmountProblem.NOT_POSITIVE
AMOUNT_TOO_LARGE = "amount_" + AmountProblem.TOO_LARGE

SENTENCES: Mapping[str, str] = {
    # --- sign-in and permissions
    ErrorCode.UNAUTHORIZED: QT_TRANSLATE_NOOP(
        "messages", "Wrong operator or PIN. Check them and try again."),
    ErrorCode.OPERATOR_NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "Wrong operator or PIN. Check them and try again."),
    ErrorCode.FORBIDDEN: QT_TRANSLATE_NOOP(
        "messages", "You are not allowed to do this here. Ask a manager."),
    ErrorCode.LOCATION_NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "This location is not known to the ledger. Check Settings."),
    SIGN_IN_REFUSED: QT_TRANSLATE_NOOP(
        "messages", "Wrong operator or PIN. Check them and try again."),
    SIGN_IN_FORBIDDEN: QT_TRANSLATE_NOOP(
        "messages", "This operator may not work at this location. Check the location, or ask a "
                    "manager."),
    NOT_SIGNED_IN: QT_TRANSLATE_NOOP("messages", "Your session has ended. Sign in again."),
    MANAGER_NEEDED: QT_TRANSLATE_NOOP(
        "messages", "Only a manager can reverse a redemption. Ask a manager to approve it."),
    MANAGER_REFUSED: QT_TRANSLATE_NOOP(
        "messages", "The manager's name or PIN is not right, or they may not approve at this "
                    "location."),
    # --- card codes
    ErrorCode.INVALID_CARD_CODE: QT_TRANSLATE_NOOP(
        "messages", "That is not a card code: check the digits or scan again."),
    MISTYPED_CODE: QT_TRANSLATE_NOOP(
        "messages", "This code has a typo: the last digit does not match. Check the digits."),
    ErrorCode.CARD_NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "No card has this code. Check the digits or scan again."),
    # --- card state
    ErrorCode.CARD_NOT_REDEEMABLE: QT_TRANSLATE_NOOP("messages", "This card cannot be used."),
    ErrorCode.CARD_NOT_ACTIVE: QT_TRANSLATE_NOOP(
        "messages", "This card has not been sold or activated yet."),
    ErrorCode.CARD_NOT_PENDING: QT_TRANSLATE_NOOP("messages", "This card has been sold already."),
    ErrorCode.CARD_NOT_ALLOCATED: QT_TRANSLATE_NOOP(
        "messages", "This card is not waiting for activation."),
    ErrorCode.CARD_LOCKED: QT_TRANSLATE_NOOP(
        "messages", "This card is locked. A manager must unlock it first."),
    ErrorCode.CARD_EXPIRED: QT_TRANSLATE_NOOP("messages", "This card has expired."),
    ErrorCode.CARD_NOT_YET_VALID: QT_TRANSLATE_NOOP("messages", "This card cannot be used yet."),
    ErrorCode.CARD_VOID: QT_TRANSLATE_NOOP(
        "messages", "This card has been voided and cannot be used."),
    ErrorCode.CARD_CLOSED: QT_TRANSLATE_NOOP(
        "messages", "This card has been closed and cannot be used."),
    ErrorCode.CARD_DEPLETED: QT_TRANSLATE_NOOP(
        "messages", "This card is used up: nothing is left on it."),
    ErrorCode.LOCATION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "messages", "This card cannot be used at this store."),
    ErrorCode.PARTIAL_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "messages", "This card must be used in full, in one purchase."),
    ErrorCode.INSUFFICIENT_BALANCE: QT_TRANSLATE_NOOP(
        "messages", "Not enough on the card. Lower the amount."),
    ErrorCode.PIN_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "This card needs its PIN. Ask the customer for it."),
    ErrorCode.PIN_INVALID: QT_TRANSLATE_NOOP(
        "messages", "Wrong card PIN. Ask the customer to try again."),
    PIN_OR_CODE_WRONG: QT_TRANSLATE_NOOP(
        "messages", "Wrong card PIN (or no card has this code). Ask the customer to try the PIN "
                    "again."),
    ErrorCode.REPORTING_CODE_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "This card needs a reporting code."),
    ErrorCode.ACTIVATION_TOKEN_INVALID: QT_TRANSLATE_NOOP(
        "messages", "The activation code is not right."),
    # --- amounts and input
    ErrorCode.INVALID_AMOUNT: QT_TRANSLATE_NOOP("messages", "That amount is not valid."),
    ErrorCode.INVALID_CURRENCY: QT_TRANSLATE_NOOP("messages", "That currency is not accepted."),
    ErrorCode.CURRENCY_MISMATCH: QT_TRANSLATE_NOOP(
        "messages", "The card's currency does not match."),
    ErrorCode.VALIDATION_ERROR: QT_TRANSLATE_NOOP(
        "messages", "Something in the form is not valid. Check it and try again."),
    AMOUNT_MISSING: QT_TRANSLATE_NOOP("messages", "Enter the amount to take off the card."),
    AMOUNT_NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "messages", "That is not an amount. Type digits, for example {example}."),
    AMOUNT_DECIMAL_MARK: QT_TRANSLATE_NOOP(
        "messages", "That amount is not clear. Use “{mark}” before the cents, for example "
                    "{example}."),
    AMOUNT_TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP(
        "messages", "That amount has too many digits after the decimal mark."),
    AMOUNT_NOT_POSITIVE: QT_TRANSLATE_NOOP("messages", "The amount must be more than zero."),
    AMOUNT_TOO_LARGE: QT_TRANSLATE_NOOP("messages", "That amount is far too large."),
    AMOUNT_TOO_HIGH: QT_TRANSLATE_NOOP(
        "messages", "That is more than the card allows. Lower the amount."),
    REPORTING_CODE_MISSING: QT_TRANSLATE_NOOP(
        "messages", "Enter the reporting code: this card needs one."),
    REASON_MISSING: QT_TRANSLATE_NOOP("messages", "Enter the reason for the reversal."),
    SETTINGS_INCOMPLETE: QT_TRANSLATE_NOOP(
        "messages", "Enter the remote ledger's address, or choose the embedded ledger."),
    # --- reversals and holds
    ErrorCode.REDEMPTION_NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "No redemption has this transaction number."),
    ErrorCode.ALREADY_REVERSED: QT_TRANSLATE_NOOP(
        "messages", "This redemption has been reversed already."),
    ErrorCode.NOT_REVERSIBLE: QT_TRANSLATE_NOOP(
        "messages", "This transaction is not a redemption and cannot be reversed."),
    ErrorCode.REVERSAL_WINDOW_CLOSED: QT_TRANSLATE_NOOP(
        "messages", "This redemption is too old to reverse here."),
    ErrorCode.HOLD_NOT_FOUND: QT_TRANSLATE_NOOP("messages", "This hold does not exist."),
    ErrorCode.HOLD_EXPIRED: QT_TRANSLATE_NOOP("messages", "The hold on this card has expired."),
    ErrorCode.HOLD_NOT_ACTIVE: QT_TRANSLATE_NOOP(
        "messages", "The hold on this card is no longer active."),
    ErrorCode.RELOAD_NOT_ALLOWED: QT_TRANSLATE_NOOP("messages", "This card cannot be reloaded."),
    ErrorCode.MAX_BALANCE_EXCEEDED: QT_TRANSLATE_NOOP(
        "messages", "That would put more on the card than it may hold."),
    ErrorCode.PROGRAM_NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "This card's program does not exist."),
    ErrorCode.NO_PENDING_CARD: QT_TRANSLATE_NOOP("messages", "There are no unsold cards left."),
    # --- the card's life: sales, loads, corrections
    ErrorCode.NOTHING_TO_CANCEL: QT_TRANSLATE_NOOP(
        "messages", "This card has no sale or load that can be cancelled."),
    ErrorCode.CANCEL_WINDOW_CLOSED: QT_TRANSLATE_NOOP(
        "messages", "The last sale or load is too old to cancel here."),
    ErrorCode.ALREADY_SPENT: QT_TRANSLATE_NOOP(
        "messages", "Part of that value has been spent already, so it cannot be cancelled."),
    ErrorCode.REFUND_EXCEEDS_REDEMPTION: QT_TRANSLATE_NOOP(
        "messages", "That is more than is left to refund of this redemption. Lower the amount."),
    ErrorCode.REASON_REQUIRED: QT_TRANSLATE_NOOP("messages", "Enter the reason."),
    ErrorCode.SAME_CARD: QT_TRANSLATE_NOOP(
        "messages", "The balance cannot go to the same card. Scan the new card."),
    MANAGER_APPROVAL: QT_TRANSLATE_NOOP(
        "messages", "Only a manager can do this. Ask a manager to approve it."),
    CARD_CODE_MISSING: QT_TRANSLATE_NOOP(
        "messages", "Scan or type the card's code, or take the next card of a program."),
    TOKEN_MISSING: QT_TRANSLATE_NOOP(
        "messages", "Enter the activation code the customer received."),
    AMOUNT_MISSING_HERE: QT_TRANSLATE_NOOP("messages", "Enter the amount."),
    REASON_NEEDED: QT_TRANSLATE_NOOP("messages", "Enter the reason: it goes into the journal."),
    TARGET_MISSING: QT_TRANSLATE_NOOP(
        "messages", "Scan or type the code of the card that gets the balance."),
    REFUND_REASON_MISSING: QT_TRANSLATE_NOOP(
        "messages", "Enter the transaction number of the redemption, or a reason for the refund."),
    TRANSACTION_NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "messages", "Type the transaction number printed on the receipt (digits only)."),
    ACTION_OUTCOME_UNKNOWN: QT_TRANSLATE_NOOP(
        "messages", "The connection dropped: GiftDesk is checking whether it went through. Look "
                    "at the card again before sending it once more."),
    ErrorCode.SHIFT_OPEN: QT_TRANSLATE_NOOP(
        "messages", "A shift is still open at this till. Close it before opening a new one."),
    ErrorCode.SHIFT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "messages", "No shift is open at this till. Open one first."),
    # --- the back office (set-up, people, stores, programs, card batches)
    ErrorCode.ALREADY_SET_UP: QT_TRANSLATE_NOOP(
        "messages", "This ledger is set up already. Sign in as its admin instead."),
    ErrorCode.LOCATION_EXISTS: QT_TRANSLATE_NOOP(
        "messages", "A store with this code exists already. Choose another code."),
    ErrorCode.OPERATOR_EXISTS: QT_TRANSLATE_NOOP(
        "messages", "An operator with this name exists already. Choose another name."),
    ErrorCode.LAST_ADMIN: QT_TRANSLATE_NOOP(
        "messages", "This is the last admin: make someone else admin first."),
    ErrorCode.PROGRAM_RETIRED: QT_TRANSLATE_NOOP(
        "messages", "This program is retired: it issues no new cards."),
    ErrorCode.PROGRAM_FIELD_LOCKED: QT_TRANSLATE_NOOP(
        "messages", "This program has cards already: its kind, currency, activation, PIN, "
                    "partial use and promotional setting can no longer change."),
    ErrorCode.API_KEY_NOT_FOUND: QT_TRANSLATE_NOOP("messages", "This API key does not exist."),
    ErrorCode.API_KEY_EXISTS: QT_TRANSLATE_NOOP(
        "messages", "An API key with this name exists already. Choose another name."),
    ErrorCode.JOB_NOT_FOUND: QT_TRANSLATE_NOOP("messages", "This card batch is not known."),
    ErrorCode.JOB_NOT_CANCELLABLE: QT_TRANSLATE_NOOP(
        "messages", "This card batch has finished already and cannot be cancelled."),
    # --- requests and connection
    ErrorCode.IDEMPOTENCY_CONFLICT: QT_TRANSLATE_NOOP(
        "messages", "This request was already sent with different details. Start again with the "
                    "card."),
    ErrorCode.REQUEST_IN_PROGRESS: QT_TRANSLATE_NOOP(
        "messages", "The ledger is still working on this. Wait a moment."),
    ErrorCode.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "messages", "Too many tries. Wait a moment, then try again."),
    UNREACHABLE: QT_TRANSLATE_NOOP(
        "messages", "The ledger cannot be reached. Your input is kept; try again in a moment."),
    TIMEOUT: QT_TRANSLATE_NOOP(
        "messages", "The ledger is taking too long to answer. Try again in a moment."),
    OUTCOME_UNKNOWN: QT_TRANSLATE_NOOP(
        "messages", "The connection dropped during the redemption. Checking whether it went "
                    "through… do not redeem again."),
    OUTCOME_RESOLVED_NOT_DONE: QT_TRANSLATE_NOOP(
        "messages", "The redemption did not go through: nothing was taken from the card. You can "
                    "try again."),
    CANCELLED: QT_TRANSLATE_NOOP(
        "messages", "Redemption cancelled: it never reached the ledger, so nothing was taken from "
                    "the card."),
    RESOLVED_DONE: QT_TRANSLATE_NOOP(
        "messages", "The connection dropped, but the ledger confirms this redemption went through, "
                    "once."),
    RESOLVED_EARLIER: QT_TRANSLATE_NOOP(
        "messages", "This redemption was interrupted earlier; the ledger confirms it went through, "
                    "once."),
    INTERRUPTED_EARLIER: QT_TRANSLATE_NOOP(
        "messages", "A request was interrupted earlier. Checking with the ledger before anything "
                    "else…"),
    SIGN_IN_TO_FINISH: QT_TRANSLATE_NOOP(
        "messages", "Sign in again so that GiftDesk can finish the interrupted redemption."),
    KEYRING_MISSING: QT_TRANSLATE_NOOP(
        "messages", "No password store on this computer: the app will ask you to sign in again next"
                    " time. Nothing is saved in plain text."),
    STARTING: QT_TRANSLATE_NOOP("messages", "Starting the ledger…"),
    UNEXPECTED: QT_TRANSLATE_NOOP(
        "messages", "Something went wrong. Try again; if it keeps happening, call support (details "
                    "are in the log file)."),
}


def sentence(code: str | None) -> str:
    """The sentence for a problem code or condition, in the app's language; a safe general
    one if unknown."""
    text = SENTENCES.get(str(code), SENTENCES[UNEXPECTED]) if code is not None else None
    return translate("messages", text or SENTENCES[UNEXPECTED])


def amount_sentence(error: GiftDeskError, *, locale: str) -> str:
    """Why the typed amount was refused (`parse_amount` in `locale`), in the app's language."""
    reason = error.extra.get("reason")
    if error.code is not ErrorCode.INVALID_AMOUNT or reason is None:
        return sentence(error.code)
    mark = decimal_mark(locale)
    return sentence(f"amount_{reason}").format(mark=mark, example=f"12{mark}50")

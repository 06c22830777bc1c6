"""The embedded ledger: create, migrate and seed its SQLite file; build its in-process client.

Qt-free and slow (it imports SQLAlchemy and Alembic and may hash PINs), so the app calls
`prepare` and `open_client` off the UI thread. `prepare` is safe to call on every start: an
up-to-date ledger is left alone. This module sits above both the server and the client: it is
where the client's `EmbeddedTransport` gets the server's ASGI app, so the client never imports
the server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.client import LedgerClient

LEDGER_FILE = "ledger.db"
DEMO_MERCHANT = "Demo Coffee"


@dataclass(frozen=True)
class DemoCard:
    """A demo card created on first run: its code and what it shows off."""

    code: str
    program: str
    description: str


@dataclass(frozen=True)
class EmbeddedLedger:
    """Where the embedded ledger lives and what the first run put in it."""

    url: str
    path: Path
    created: bool
    demo_cards: list[DemoCard] = field(default_factory=list)


def ledger_url(data_dir: Path) -> str:
    """The SQLAlchemy URL of the embedded ledger in `data_dir`."""
    return f"sqlite:///{(Path(data_dir) / LEDGER_FILE).resolve()}"


def prepare(data_dir: Path, *, demo: bool = True) -> EmbeddedLedger:
    """Create or upgrade the ledger in `data_dir`; seed the demo data into a new one."""
    from app.ledger import demo as demo_data
    from app.ledger.db import make_engine
    from app.ledger.directory import ensure_merchant
    from app.ledger.engine import Ledger
    from app.ledger.migrate import is_initialized, upgrade

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LEDGER_FILE
    url = ledger_url(data_dir)
    engine = make_engine(url)
    try:
        created = not path.exists() or not is_initialized(engine)
        upgrade(engine)
        cards: list[DemoCard] = []
        if demo:
            cards = [DemoCard(c.code, c.program, c.description)
                     for c in demo_data.seed(Ledger(engine))]
            if cards:  # the sign-in screen may show the demo PINs (GET /v1/setup says demo)
                from app.ledger.people import mark_demo

                mark_demo(engine)
        else:
            ensure_merchant(engine, "My Shop")
    finally:
        engine.dispose()
    return EmbeddedLedger(url=url, path=path, created=created, demo_cards=cards)


def fill_demo(data_dir: Path) -> list[DemoCard]:
    """Fill the demo data into the embedded ledger of `data_dir`, which nobody has set up yet
    (the set-up screen's "Try with demo data"); [] when it holds operators already.

    Run with no client open on the file: the ledger's caches start from the filled data.
    """
    from sqlalchemy import update

    from app.ledger import demo as demo_data
    from app.ledger.db import make_engine
    from app.ledger.engine import Ledger
    from app.ledger.people import ledger_info, mark_demo
    from app.ledger.schema import merchants

    engine = make_engine(ledger_url(data_dir))
    try:
        if ledger_info(engine).set_up:
            return []
        with engine.begin() as conn:  # the merchant a new ledger got is the demo's
            conn.execute(update(merchants).values(name=DEMO_MERCHANT, currency="USD"))
        cards = [DemoCard(c.code, c.program, c.description)
                 for c in demo_data.seed(Ledger(engine))]
        mark_demo(engine)
    finally:
        engine.dispose()
    return cards


# The desktop app's embedded ledger expires cards past their validity as `giftdesk serve`
# does (hourly), the first time a few minutes after the app starts.
APP_EXPIRY_FIRST_AFTER = timedelta(minutes=10)


def open_client(db_url: str, *, data_dir: Path, settings: Any = None, migrate: bool = False,
                expire_after: timedelta | None = None, **kw: Any) -> LedgerClient:
    """A client of the ledger at `db_url`, served in this process (the app's default).

    `settings` (an `ApiSettings`) and `migrate` (create or upgrade the schema first) go to the
    server's `create_app`; `expire_after`: run the expiry of cards that long after the
    ledger starts, then hourly (default settings only). A ledger that cannot be opened is
    `LedgerUnavailable`.
    """
    from app.client import NETWORK, LedgerClient, LedgerUnavailable
    from app.ledger.expiry_job import DEFAULT_INTERVAL
    from app.server import create_app
    from app.server.settings import ApiSettings

    options: dict[str, Any] = {"migrate": migrate}
    if settings is None and expire_after is not None:
        settings = ApiSettings(expiry_interval=DEFAULT_INTERVAL,
                               expiry_first_after=expire_after)
    if settings is not None:
        options["settings"] = settings
    try:
        app = create_app(db_url, **options)
    except Exception as exc:  # not set up, bad URL, database refused: mapped here
        raise LedgerUnavailable(
            NETWORK, "The ledger cannot be opened",
            f"The embedded ledger cannot be opened: {exc}") from exc
    return LedgerClient.embedded(app, db_url=db_url, data_dir=data_dir, **kw)

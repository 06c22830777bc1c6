"""First run of the embedded ledger: create, migrate and seed the SQLite file in the data dir.

Qt-free and slow (it imports SQLAlchemy and Alembic and may hash PINs), so the app calls
`prepare` off the UI thread. Safe to call on every start: an up-to-date ledger is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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
        else:
            ensure_merchant(engine, "My Shop")
    finally:
        engine.dispose()
    return EmbeddedLedger(url=url, path=path, created=created, demo_cards=cards)

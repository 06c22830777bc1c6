"""First run: set up a new ledger (or fill it with demo data) before anyone signs in."""

from app.ui.setup.gate import SetupGate

__all__ = ["SetupGate"]

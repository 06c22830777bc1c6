"""Qt-free flow objects: the state of the counter's work, driven through the ledger client.

The window renders a flow and forwards the cashier's keys to it; tests drive a flow on a plain
asyncio loop against the real ledger, without widgets (as napari's models are). Nothing here
imports PySide6 or qasync (an import-linter contract says so).
"""

from app.ui.flow.base import Flow
from app.ui.flow.counter import CounterFlow, Stage, Unresolved
from app.ui.flow.events import Event
from app.ui.flow.failure import Failure, describe

__all__ = ["CounterFlow", "Event", "Failure", "Flow", "Stage", "Unresolved", "describe"]

"""The back office of managers and admins: operators, stores, programs, issuing cards and the
card finder, as tabs of one screen of the counter app."""

from app.ui.backoffice.entry import BackOfficeEntry

__all__ = ["BackOfficeEntry"]

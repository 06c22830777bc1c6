"""The counter app: the only package that imports PySide6 and qasync."""

from __future__ import annotations

import sys


def _keep_singletons_alive() -> None:
    """Work around a reference-count defect of PySide6 6.12 on CPython 3.11.

    PySide6 6.12's stable-ABI wheels hand back ``None``, ``True`` and ``False`` without a new
    reference (fine from CPython 3.12 on, where these singletons are immortal): on 3.11 every
    call of a Qt method that returns nothing, a null object or a bool, or every signal emit,
    takes one reference away, and after a few thousand calls the process aborts with "Fatal
    Python error: none_dealloc". A busy spinner alone makes ~1000 such calls a second. Giving
    the three singletons a reference count that cannot run out is what 3.12 does for them.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < 1 << 40:
            count.value += 1 << 60


_keep_singletons_alive()

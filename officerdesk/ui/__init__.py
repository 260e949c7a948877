"""The PySide6 desktop app. Nothing outside this package imports Qt."""

from __future__ import annotations

import ctypes
import sys

# How many references each of None, True and False is given when the Qt binding leaks them.
_RESERVE = 1 << 40


def _binding_leaks_singletons() -> bool:
    """True when this PySide6 build drops a reference to None or True on ordinary calls.

    PySide6 6.12.0 returns a borrowed None from every void method (`setText`, `processEvents`,
    ...) and a borrowed True from `Signal.emit`, so each call costs the singleton one reference
    and CPython aborts ("none_dealloc" / "bool_dealloc") after a few thousand calls.
    """
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.ping.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def _shield_singletons() -> bool:
    """Give None, True and False a reserve of references the binding can never use up.

    This is what CPython 3.12 does itself (immortal singletons); on 3.11 the counter is set by
    hand. A leaked reference to None costs nothing; only its count reaching zero is fatal.
    """
    if sys.version_info >= (3, 12) or not _binding_leaks_singletons():
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        count.value += _RESERVE
    return True


SINGLETONS_SHIELDED = _shield_singletons()

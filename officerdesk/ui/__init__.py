"""The PySide6 desktop app. Nothing outside this package imports Qt."""

from __future__ import annotations

import ctypes
import sys
from typing import Any


def _mend_signal_emit() -> bool:
    """Work around PySide6 builds whose SignalInstance.emit returns a borrowed True.

    PySide6 6.12.0 returns `True` from `emit()` without taking a reference, so every emit from
    Python costs `True` one reference; after a few thousand emits CPython aborts with
    "bool_dealloc: deallocating True or False". Detected here with one test emit, and mended
    by giving the returned bool back its reference. Builds without the bug are left alone.
    """
    from PySide6.QtCore import QObject, Signal, SignalInstance

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    if sys.getrefcount(True) >= before:
        return False
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # the one the probe took
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    class BoundEmit:
        """`signal.emit` as a plain callable object, so `x.connect(signal.emit)` still works."""

        __slots__ = ("__weakref__", "signal")

        def __init__(self, signal: Any) -> None:
            self.signal = signal

        def __call__(self, *args: Any) -> Any:
            result = original(self.signal, *args)
            if result is True or result is False:
                incref(result)
            return result

    class Emit:
        def __get__(self, instance: Any, owner: Any = None) -> Any:
            return self if instance is None else BoundEmit(instance)

    SignalInstance.emit = Emit()  # type: ignore[method-assign,assignment]
    return True


SIGNAL_EMIT_MENDED = _mend_signal_emit()

"""Each record type's screen, declared in the module named after it (`ui/screens/meeting.py` for
meetings): its name and icon in the navigation, its list's columns and its filter bar.

Beside its editor (`ui/editors/<type>.py`), not in it: the window shows its first rows before the
ORM is imported (core/store/quick.py, tests/ui/test_start_imports.py) and needs the navigation,
the columns and the filters for that, while every editor imports the ORM. So these modules stay
light (Qt, the registry and formatting only); `ui/record_screens.py` finds them by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QStyle

from officerdesk.core import kinds
from officerdesk.ui.models.columns import Column

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class RecordScreen:
    kind: kinds.RecordKind
    name: str  # English source text, translated in the "Navigation" context
    icon: QStyle.StandardPixmap
    columns: tuple[Column, ...]
    filters: tuple[str, ...] = ()  # which filters the filter bar shows (`views/filter_bar.py`)

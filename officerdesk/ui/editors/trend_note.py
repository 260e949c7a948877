"""The trend note editor: market and policy intelligence and what it means for companies."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officerdesk.core import kinds
from officerdesk.ui.editors.base import Loaded, RecordEditor
from officerdesk.ui.editors.fields import DateField, LineField, TagsField, TextField


class TrendNoteEditor(RecordEditor):
    record_type = kinds.TREND_NOTE.name

    def build(self) -> None:
        form = self.group(self.tr("Trend note"))
        self.add(form, "title", self.tr("Title"), LineField())
        self.add(form, "topic", self.tr("Topic"), LineField(self.tr("e.g. RCEP, digital economy")))
        self.add(form, "country", self.tr("Country"), LineField())
        self.add(form, "source", self.tr("Source"), LineField())
        self.add(form, "date", self.tr("Date"), DateField())
        text = self.group(self.tr("Summary and implications"))
        self.add(text, "summary", self.tr("Summary"), TextField(6))
        self.add(text, "implications", self.tr("Implications for companies"), TextField(4))
        self.add(text, "tags", self.tr("Tags"), TagsField())

    def new_heading(self) -> str:
        return self.tr("New trend note")

    def defaults(self, loaded: Loaded) -> dict[str, Any]:
        country = loaded.post.country if loaded.post else ""
        return {**super().defaults(loaded), "date": dt.date.today(), "country": country}

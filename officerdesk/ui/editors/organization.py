"""The organization editor: an office, ministry, firm or association the post deals with."""

from __future__ import annotations

from typing import Any

from officerdesk.core import enums, kinds
from officerdesk.ui.editors.base import Loaded, RecordEditor
from officerdesk.ui.editors.fields import ChoiceField, LineField, TextField


class OrganizationEditor(RecordEditor):
    record_type = kinds.ORGANIZATION.name

    def build(self) -> None:
        form = self.group(self.tr("Organization"))
        self.add(form, "name", self.tr("Name (local script)"), LineField())
        self.add(form, "name_en", self.tr("Name in English"), LineField())
        self.add(form, "name_ko", self.tr("Name in Korean"), LineField())
        self.add(form, "kind", self.tr("Kind"), ChoiceField(enums.ORG_KIND, self.ctx.lang))
        self.add(form, "country", self.tr("Country"), LineField())
        self.add(form, "website", self.tr("Website"), LineField("https://"))
        notes = self.group(self.tr("Notes"))
        self.add(notes, "notes", self.tr("Notes"), TextField(5), span=True)

    def new_heading(self) -> str:
        return self.tr("New organization")

    def defaults(self, loaded: Loaded) -> dict[str, Any]:
        return {**super().defaults(loaded), "kind": "other", "country": loaded.post.country if loaded.post else ""}

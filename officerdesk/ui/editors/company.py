"""The company editor: a home-country company the post helps."""

from __future__ import annotations

from typing import Any

from officerdesk.core import enums, kinds
from officerdesk.ui.editors.base import Loaded, RecordEditor
from officerdesk.ui.editors.fields import ChoiceField, LineField, TextField


class CompanyEditor(RecordEditor):
    record_type = kinds.COMPANY.name

    def build(self) -> None:
        form = self.group(self.tr("Company"))
        self.add(form, "name_ko", self.tr("Name in Korean"), LineField())
        self.add(form, "name_en", self.tr("Name in English"), LineField())
        self.add(form, "business_number", self.tr("Business registration number"), LineField("000-00-00000"))
        self.add(form, "sector", self.tr("Sector"), LineField())
        self.add(form, "local_subsidiary", self.tr("Local subsidiary"), LineField())
        self.add(form, "size", self.tr("Size"), ChoiceField(enums.COMPANY_SIZE, self.ctx.lang))
        notes = self.group(self.tr("Notes"))
        self.add(notes, "notes", self.tr("Notes"), TextField(5), span=True)

    def new_heading(self) -> str:
        return self.tr("New company")

    def title_of(self, values: dict[str, Any]) -> str:
        return str(values.get("name_ko") or values.get("name_en") or "")

    def defaults(self, loaded: Loaded) -> dict[str, Any]:
        return {**super().defaults(loaded), "size": "small"}

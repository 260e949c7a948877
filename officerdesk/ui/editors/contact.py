"""The contact editor: a person, their names in several scripts, and where they work."""

from __future__ import annotations

from officerdesk.core import kinds
from officerdesk.ui.editors.base import RecordEditor
from officerdesk.ui.editors.fields import DateField, LineField, TextField
from officerdesk.ui.editors.links import LinkField


class ContactEditor(RecordEditor):
    record_type = kinds.CONTACT.name

    def build(self) -> None:
        form = self.group(self.tr("Contact"))
        self.add(form, "name", self.tr("Name"), LineField())
        self.add(form, "name_alt", self.tr("Name in other scripts"), LineField(self.tr("e.g. 山田太郎 / Yamada Taro")))
        self.add(form, "position", self.tr("Position"), LineField())
        self.add(form, "organization_id", self.tr("Organization"),
                 LinkField(self.ctx, kinds.ORGANIZATION.name, self.tr("Choose an organization"), many=False))
        self.add(form, "email", self.tr("Email"), LineField())
        self.add(form, "phones", self.tr("Phones"), LineField())
        self.add(form, "language", self.tr("Language"), LineField())
        self.add(form, "last_contacted", self.tr("Last contacted"), DateField(optional=True))
        notes = self.group(self.tr("Notes"))
        self.add(notes, "notes", self.tr("Notes"), TextField(5), span=True)

    def new_heading(self) -> str:
        return self.tr("New contact")

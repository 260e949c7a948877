"""The contact editor: a person, their names in several scripts, and where they work."""

from __future__ import annotations

from officerdesk.core import kinds
from officerdesk.ui.editors.base import RecordEditor
from officerdesk.ui.editors.fields import DateField, LineField, TagsField, TextField
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
        self.add(form, "department", self.tr("Department"), LineField())
        self.add(form, "email", self.tr("Email"), LineField())
        self.add(form, "emails", self.tr("Other emails"), TagsField())
        self.add(form, "phones", self.tr("Phones"), LineField(self.tr("e.g. work: +82 2 123 4567, cell: +82 10 1234 5678")))
        self.add(form, "address", self.tr("Address"), LineField())
        self.add(form, "url", self.tr("Web page"), LineField())
        self.add(form, "birthday", self.tr("Birthday"), DateField(optional=True))
        self.add(form, "language", self.tr("Language"), LineField())
        self.add(form, "last_contacted", self.tr("Last contacted"), DateField(optional=True))
        notes = self.group(self.tr("Notes"))
        self.add(notes, "notes", self.tr("Notes"), TextField(5), span=True)

    def new_heading(self) -> str:
        return self.tr("New contact")

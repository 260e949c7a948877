"""The follow-up editor: one action item, who owns it, when it is due, what it belongs to."""

from __future__ import annotations

from typing import Any

from officerdesk.core import kinds
from officerdesk.ui.editors.base import Loaded, RecordEditor
from officerdesk.ui.editors.fields import DateField, FlagField, LineField, TextField
from officerdesk.ui.editors.links import LinkField


class FollowUpEditor(RecordEditor):
    record_type = kinds.FOLLOW_UP.name

    def build(self) -> None:
        form = self.group(self.tr("Follow-up"))
        self.add(form, "text", self.tr("Action"), TextField(3))
        self.add(form, "owner", self.tr("Owner"), LineField())
        self.add(form, "due", self.tr("Due"), DateField(optional=True))
        self.add(form, "done", "", FlagField(self.tr("Done")))
        links = self.group(self.tr("Belongs to"))
        self.add(links, "meeting_id", self.tr("Meeting"), LinkField(self.ctx, kinds.MEETING.name, self.tr("Choose a meeting"), many=False))
        self.add(links, "request_id", self.tr("Company request"),
                 LinkField(self.ctx, kinds.COMPANY_REQUEST.name, self.tr("Choose a company request"), many=False))

    def new_heading(self) -> str:
        return self.tr("New follow-up")

    def title_of(self, values: dict[str, Any]) -> str:
        first_line = str(values.get("text") or "").strip().splitlines()
        return first_line[0][:120] if first_line else ""

    def defaults(self, loaded: Loaded) -> dict[str, Any]:
        owner = self.ctx.identity.officer_name if self.ctx.identity else ""
        return {**super().defaults(loaded), "owner": owner}

"""The meeting editor: when and where (in the meeting's own time zone), who, what was decided."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officerdesk.core import enums, kinds
from officerdesk.errors import ValidationError
from officerdesk.ui.editors.base import Loaded, RecordEditor
from officerdesk.ui.editors.fields import (
    ChoiceField,
    DateTimeField,
    FlagField,
    LineField,
    TagsField,
    TextField,
    TimeZoneField,
    is_zone,
)
from officerdesk.ui.editors.links import LinkField
from officerdesk.ui.editors.panels import FollowUpPanel
from officerdesk.ui.formatting import zone


def to_wall_clock(utc: dt.datetime | None, tz: str) -> dt.datetime | None:
    """A stored UTC time as the clock on the wall where the meeting happens."""
    if utc is None:
        return None
    return utc.replace(tzinfo=dt.UTC).astimezone(zone(tz)).replace(tzinfo=None)


def from_wall_clock(local: dt.datetime | None, tz: str) -> dt.datetime | None:
    return local.replace(tzinfo=zone(tz)) if local is not None else None


class MeetingEditor(RecordEditor):
    record_type = kinds.MEETING.name
    related_types = frozenset({kinds.FOLLOW_UP.name})
    brief_kind = kinds.MEETING_BRIEF.code
    # times are stored in UTC: a changed zone moves both, and the end is checked against the start
    sent_together = ("starts_at", "ends_at", "tz")

    def build(self) -> None:
        ctx = self.ctx
        form = self.group(self.tr("Meeting"))
        self.add(form, "title", self.tr("Title"), LineField())
        self.add(form, "kind", self.tr("Kind"), ChoiceField(enums.MEETING_KIND, ctx.lang))
        self.add(form, "starts_at", self.tr("Starts"), DateTimeField())
        self.add(form, "ends_at", self.tr("Ends"), DateTimeField(optional=True))
        self.add(form, "tz", self.tr("Time zone"), TimeZoneField(ctx.lang))
        self.add(form, "location", self.tr("Location"), LineField())
        self.add(form, "online", "", FlagField(self.tr("Online meeting")))
        self.add(form, "all_day", "", FlagField(self.tr("All day")))
        # what is said comes before who was there: an officer taking notes in the meeting
        # finds the agenda and the notes without scrolling past the link boxes
        notes = self.group(self.tr("Agenda and notes"))
        self.add(notes, "agenda", self.tr("Agenda"), TextField(3))
        self.add(notes, "notes", self.tr("Discussion"), TextField(6))
        self.add(notes, "decisions", self.tr("Decisions"), TextField(3))
        self.add(notes, "tags", self.tr("Tags"), TagsField())
        people = self.group(self.tr("Attendees and linked records"))
        self.add(people, "contact_ids", self.tr("Attendees"),
                 LinkField(ctx, kinds.CONTACT.name, self.tr("Choose attendees"), many=True))
        self.add(people, "officer_ids", self.tr("Officers"),
                 LinkField(ctx, kinds.OFFICER.name, self.tr("Choose officers"), many=True))
        self.add(people, "request_ids", self.tr("Linked requests"),
                 LinkField(ctx, kinds.COMPANY_REQUEST.name, self.tr("Choose company requests"), many=True))
        self.follow_ups = FollowUpPanel(ctx, "meeting_id", kinds.MEETING.name)
        self.body.addWidget(self.follow_ups)

    def brief_label(self) -> str:
        return self.tr("Brief this meeting…")

    def new_heading(self) -> str:
        return self.tr("New meeting")

    def defaults(self, loaded: Loaded) -> dict[str, Any]:
        tz = loaded.post.tz if loaded.post else "UTC"
        now = dt.datetime.now(zone(tz)).replace(tzinfo=None, minute=0, second=0, microsecond=0)
        return {**super().defaults(loaded), "kind": "other", "tz": tz, "starts_at": now + dt.timedelta(hours=1)}

    def from_record(self, record: Any) -> dict[str, Any]:
        values = super().from_record(record)
        values["starts_at"] = to_wall_clock(record.starts_at, record.tz)
        values["ends_at"] = to_wall_clock(record.ends_at, record.tz)
        return values

    def to_record(self, values: dict[str, Any]) -> dict[str, Any]:
        out = dict(values)
        tz = str(values.get("tz") or "UTC")
        out["starts_at"] = from_wall_clock(values.get("starts_at"), tz)
        out["ends_at"] = from_wall_clock(values.get("ends_at"), tz)
        return out

    def check(self, values: dict[str, Any]) -> None:
        tz = values.get("tz")
        if tz is not None and not is_zone(tz):
            raise ValidationError("tz", f"{tz!r} is not a time zone", f"{tz!r}은(는) 시간대가 아닙니다")
        starts, ends = values.get("starts_at"), values.get("ends_at")
        if starts is not None and ends is not None and ends < starts:
            raise ValidationError("ends_at", "ends before it starts", "시작 시각보다 이릅니다")

    def show_more(self, loaded: Loaded) -> None:
        record = loaded.record
        self.follow_ups.set_parent(record.id if record else None, self.post_id)
        self.follow_ups.show_items(getattr(record, "follow_ups", ()) if record else ())

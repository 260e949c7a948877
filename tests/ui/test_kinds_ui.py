"""The UI's per-type tables are keyed by the record registry: every screen kind has all of them."""

from __future__ import annotations

from officerdesk.core import kinds
from officerdesk.ui.dialogs import new_brief
from officerdesk.ui.editors import EDITORS
from officerdesk.ui.models.columns import BRIEF_KINDS, COLUMNS, FILTERS
from officerdesk.ui.navigation import RECORD_SCREENS, SCREEN_NAMES, SCREENS


def test_every_screen_kind_has_an_editor_a_screen_and_columns() -> None:
    assert tuple(k.name for k in kinds.SCREENS) == RECORD_SCREENS
    assert set(EDITORS) == set(RECORD_SCREENS)
    assert [s.key for s in SCREENS if s.key in RECORD_SCREENS] == list(RECORD_SCREENS)
    assert set(COLUMNS) == set(FILTERS) == {k.name for k in kinds.LISTED}
    assert set(RECORD_SCREENS) | {kinds.BRIEF.name} <= set(SCREEN_NAMES)
    for editor in EDITORS.values():
        assert editor.related_types <= set(kinds.NAMES)


def test_the_new_brief_dialog_reads_the_brief_registry() -> None:
    assert set(BRIEF_KINDS) == set(kinds.BRIEF_CODES)
    assert new_brief.offered_kinds("officer") == tuple(b.code for b in kinds.BRIEFS if b is not kinds.ROLLUP_BRIEF)
    assert new_brief.offered_kinds("hq_analyst") == kinds.BRIEF_CODES
    assert {kinds.MEETING_BRIEF.code: kinds.MEETING.name,
                                      kinds.CASE_BRIEF.code: kinds.COMPANY_REQUEST.name} == new_brief.RECORD_TYPES
    briefed = {e.brief_kind for e in EDITORS.values() if e.brief_kind}
    assert briefed == set(new_brief.RECORD_TYPES)

"""The UI's per-type tables are keyed by the record registry: every screen kind has all of them."""

from __future__ import annotations

from officerdesk.core import kinds
from officerdesk.ui.dialogs import new_brief
from officerdesk.ui.editors import EDITORS
from officerdesk.ui.models.columns import BRIEF_KINDS
from officerdesk.ui.navigation import RECORD_SCREENS, SCREEN_NAMES, SCREENS
from officerdesk.ui.record_screens import COLUMNS, FILTERS


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


def test_an_editor_is_found_by_its_kinds_module_name_and_a_wrong_one_stops_the_import() -> None:
    import dataclasses

    import pytest

    from officerdesk.ui import editors, record_screens

    for kind in kinds.SCREENS:
        assert EDITORS[kind.name].__module__ == f"officerdesk.ui.editors.{kind.name}"
        assert EDITORS[kind.name].record_type == kind.name
    # the screens' tables are the declarations, in the navigation's order
    assert tuple(s.kind for s in record_screens.SCREENS) == kinds.SCREENS
    assert all(COLUMNS[s.kind.name] is s.columns and FILTERS[s.kind.name] is s.filters for s in record_screens.SCREENS)
    # a module without one editor of its kind is refused, with the module named
    for module in ("base", "panels"):
        with pytest.raises(RuntimeError, match=f"editors.{module} must define one RecordEditor"):
            editors._editor_of(dataclasses.replace(kinds.MEETING, name=module))  # type: ignore[arg-type]
    with pytest.raises(ModuleNotFoundError):
        editors._editor_of(dataclasses.replace(kinds.MEETING, name="visit"))  # type: ignore[arg-type]


def test_a_screen_is_found_by_its_kinds_module_name_and_a_wrong_one_stops_the_import() -> None:
    import dataclasses
    import pathlib

    import pytest

    from officerdesk.ui import record_screens, screens

    for screen in record_screens.SCREENS:
        assert type(screen).__module__ == screens.__name__
    # one declaration module per screen kind, and nothing else in the folder
    folder = pathlib.Path(screens.__file__).parent
    assert {p.stem for p in folder.glob("*.py")} - {"__init__"} == {k.name for k in kinds.SCREENS}
    # a module declaring another kind's screen, or none, is refused with the module named
    with pytest.raises(RuntimeError, match=r"screens\.contact must declare SCREEN"):
        record_screens._screen_of(dataclasses.replace(kinds.MEETING, name="contact"))  # type: ignore[arg-type]
    with pytest.raises(ModuleNotFoundError):
        record_screens._screen_of(dataclasses.replace(kinds.MEETING, name="visit"))  # type: ignore[arg-type]

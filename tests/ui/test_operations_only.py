"""Widgets start database and background work only through the op factories of ui/operations.

Read from the source (no Qt needed): a widget that hands the runner a lambda or a local closure
again would put a second copy of a service call in the UI, with its own idea of what to capture."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "officerdesk" / "ui"
WIDGETS = ("views", "editors", "dialogs")
RUNNER_WORK = {"query", "query_plain", "write", "lane_task", "exclusive", "task", "lane"}


def _is_runner(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "runner") or (
        isinstance(node, ast.Attribute) and node.attr == "runner")


def runner_calls(source: str) -> list[tuple[int, str, bool]]:
    """(line, method, with a lambda) of every `…runner.<work>(…)` call in source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in RUNNER_WORK and _is_runner(node.func.value)):
            args = [*node.args, *(k.value for k in node.keywords)]
            found.append((node.lineno, node.func.attr, any(isinstance(a, ast.Lambda) for a in args)))
    return found


def sessions_opened(source: str) -> list[int]:
    """Lines that reach for a session factory: a unit of work outside the lane."""
    return [n.lineno for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.Attribute) and n.attr == "session_factory"]


def _modules(*folders: str) -> list[Path]:
    roots = [UI / f for f in folders] if folders else [UI]
    return sorted(p for root in roots for p in root.rglob("*.py"))


def _outside_operations() -> list[Path]:
    return [p for p in _modules() if p.name != "ops.py" and "operations" not in p.relative_to(UI).parts]


def test_the_checks_see_a_lambda_handed_to_the_runner() -> None:
    widget = (
        "class Editor:\n"
        "    def save(self):\n"
        "        self.ctx.runner.write(lambda s: records.update(s, kind, rid, values), on_done=self.done)\n"
        "        runner = self.ctx.runner\n"
        "        runner.query(fetch, on_done=self.show)\n"
        "        with self.ctx.store.session_factory.begin() as s: pass\n"
    )
    assert runner_calls(widget) == [(3, "write", True), (5, "query", False)]
    assert sessions_opened(widget) == [6]
    assert runner_calls("operations.save_record(ctx=self.ctx, on_done=lambda r: self.show(r))") == []


@pytest.mark.parametrize("path", _modules(*WIDGETS), ids=lambda p: str(p.relative_to(UI)))
def test_no_widget_hands_the_runner_a_lambda(path: Path) -> None:
    with_lambda = [(line, m) for line, m, has_lambda in runner_calls(path.read_text(encoding="utf-8")) if has_lambda]
    assert with_lambda == [], f"{path.name}: call an op factory in ui/operations instead"


def test_only_the_op_factories_call_the_runner() -> None:
    calls = {str(p.relative_to(UI)): runner_calls(p.read_text(encoding="utf-8")) for p in _outside_operations()}
    assert {name: found for name, found in calls.items() if found} == {}


def test_no_ui_module_opens_a_session_off_the_lane() -> None:
    opened = {str(p.relative_to(UI)): sessions_opened(p.read_text(encoding="utf-8")) for p in _outside_operations()}
    assert {name: lines for name, lines in opened.items() if lines} == {}


def test_op_factories_take_keywords_only() -> None:
    import importlib

    positional = []
    for path in _modules("operations"):
        module = importlib.import_module(f"officerdesk.ui.operations.{path.stem}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            params = inspect.signature(fn).parameters.values()
            if "ctx" in inspect.signature(fn).parameters and any(p.kind != p.KEYWORD_ONLY for p in params):
                positional.append(f"{path.stem}.{name}")
    assert positional == []

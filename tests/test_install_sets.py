"""An HQ server installs `officerdesk[hq]`: the base set and the hq extra, nothing of the laptop's.
These tests hold pyproject.toml's lists to what officerdesk.hq imports, through every module of
ours it reaches (import-linter's graph, imports inside functions included), so a package moved to
the wrong list fails here rather than on a server. tests/hq/test_hq_only_install.py runs HQ in an
environment made of exactly those packages; `make hq-deploy-test` installs it for real."""

from __future__ import annotations

import grimp
import pytest

from tests import install_sets as sets

HQ = "officerdesk.hq"


@pytest.fixture(scope="module")
def reached_by_hq() -> set[str]:
    """Top-level external modules officerdesk.hq imports, directly or through our other modules."""
    graph = grimp.build_graph("officerdesk", include_external_packages=True, cache_dir=None)
    ours = {m for m in graph.modules if m == HQ or m.startswith(HQ + ".")}
    reached = set(ours)
    for module in ours:
        reached |= graph.find_upstream_modules(module)
    return {m for m in reached if not m.startswith("officerdesk") and not sets.is_stdlib(m)}


def test_hq_contract_forbids_every_package_of_the_desktop_extra() -> None:
    contract = next(c for c in sets.PYPROJECT["tool"]["importlinter"]["contracts"]
                    if c["source_modules"] == [HQ] and c["type"] == "forbidden")
    for requirement in sets.extra("desktop"):
        names = sets.import_names(requirement.name)
        assert names, f"{requirement.name} is not installed here: make test installs the desktop extra"
        assert names <= set(contract["forbidden_modules"]), (
            f"add {sorted(names - set(contract['forbidden_modules']))} ({requirement.name}) to the "
            "forbidden modules of the hq contract in pyproject.toml")


def test_hq_imports_nothing_of_the_desktop_extra(reached_by_hq: set[str]) -> None:
    desktop = {name for r in sets.extra("desktop") for name in sets.import_names(r.name)}
    assert desktop and not reached_by_hq & desktop


def test_every_base_dependency_is_one_hq_runs(reached_by_hq: set[str]) -> None:
    # a package only the laptop imports belongs in the desktop extra, or every HQ server carries it
    for requirement in sets.base():
        assert sets.import_names(requirement.name) & reached_by_hq, (
            f"{requirement.name} is in the base set but officerdesk.hq never imports it: "
            "move it to the desktop extra")


def test_everything_hq_imports_comes_with_the_base_set_and_the_hq_extra(reached_by_hq: set[str]) -> None:
    installed = sets.closure(sets.base() + sets.extra("hq"))
    assert "psycopg-binary" in installed  # the extra's own extra, followed
    for module in sorted(reached_by_hq):
        assert sets.distributions_of(module) & installed, (
            f"officerdesk.hq imports {module}, which officerdesk[hq] does not install")

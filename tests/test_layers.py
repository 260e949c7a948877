"""The layering of ARCHITECTURE.md, checked by import-linter's contracts in pyproject.toml.

The contracts are the one copy of "who may import what"; these tests run them on the source,
and show they fail on an import that reaches a forbidden module only through a third module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(package_parent: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=package_parent, env=env, capture_output=True, text=True, timeout=120,
    )


def test_the_source_keeps_every_contract() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " broken" in result.stdout and "0 broken" in result.stdout


def test_an_import_through_a_third_module_breaks_a_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "officerdesk", tmp_path / "officerdesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    # core never imports the keyring; reaching it by way of the profile opener counts
    (tmp_path / "officerdesk" / "core" / "stray.py").write_text(
        "from officerdesk import profiles\n", encoding="utf-8"
    )
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "officerdesk.core is not allowed to import keyring" in result.stdout
    assert "officerdesk.core.stray -> officerdesk.profiles" in result.stdout

"""`officerdesk [--profile DIR] [--lang ko|en]` opens the app without loading every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from officerdesk import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("argv", "profile", "lang"), [
    ([], None, None),
    (["--profile", "desk"], "desk", None),
    (["--lang=ko", "--profile=desk"], "desk", "ko"),
    (["--lang", "en"], None, "en"),
])
def test_a_desktop_start_is_read_directly(argv: list[str], profile: str | None, lang: str | None) -> None:
    args = cli.desktop_args(argv)
    assert args is not None and (args.profile, args.lang, args.command) == (profile, lang, None)
    full = cli.build_parser().parse_args(argv)
    assert (full.profile, full.lang, full.command) == (args.profile, args.lang, args.command)


@pytest.mark.parametrize("argv", [
    ["stats"], ["--profile", "desk", "stats"], ["--help"], ["-h"], ["--version"], ["--lang", "fr"],
    ["--profile"], ["--profile", "--lang", "ko"], ["demo"], ["--profile="],
])
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert cli.desktop_args(argv) is None


def test_the_desktop_start_loads_no_command_module() -> None:
    script = (
        "import json, sys\n"
        "from officerdesk import cli\n"
        "cli._default_app = lambda args: print(json.dumps([args.profile, sorted(m for m in sys.modules if "
        "m.startswith(('officerdesk.commands.', 'sqlalchemy', 'officerdesk.core.models')))])) or 0\n"
        "sys.exit(cli.main(['--profile', 'desk']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["desk", []]

"""The deploy examples in installer/hq stay in step with the command line they call."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from officerdesk.hq.cli import build_parser

HERE = Path(__file__).resolve().parents[2] / "installer" / "hq"


def _env() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in (HERE / "hq.env.example").read_text().splitlines()
             if line.strip() and not line.lstrip().startswith("#"))
    return {k.strip(): v.strip() for k, v in pairs}


def test_the_unit_runs_serve_with_flags_the_cli_knows() -> None:
    unit = (HERE / "officerdesk-hq.service").read_text()
    exec_start = re.search(r"^ExecStart=(.+)$", unit, re.M)
    assert exec_start is not None and "EnvironmentFile=/etc/officerdesk/hq.env" in unit
    env = _env()
    line = re.sub(r"\$\{(\w+)\}", lambda m: env[m.group(1)], exec_start.group(1))
    argv = shlex.split(line)
    assert argv[0].endswith("/officerdesk-hq")
    args = build_parser().parse_args(argv[1:])
    assert args.command == "serve" and args.tls_cert and args.tls_key and args.workers == 1


def test_the_env_example_names_a_postgresql_database() -> None:
    assert _env()["OFFICERDESK_HQ_DB"].startswith("postgresql+psycopg://")


def test_the_unit_bounds_descriptors_tasks_and_memory() -> None:
    unit = (HERE / "officerdesk-hq.service").read_text()
    limits = dict(re.findall(r"^(LimitNOFILE|TasksMax|MemoryMax)=(\S+)$", unit, re.M))
    assert set(limits) == {"LimitNOFILE", "TasksMax", "MemoryMax"}
    assert 1024 < int(limits["LimitNOFILE"]) <= 65536


def test_deploy_sh_rewrites_the_unit_for_a_server_behind_the_proxy() -> None:
    """deploy.sh's sed drops the TLS flags for a server behind the proxy: the text it replaces must
    still be in the unit (else the unit would start with empty --tls-cert values), and the result
    must parse."""
    script = (HERE / "deploy.sh").read_text()
    found = re.search(r"sed -i 's\|(.+?)\|(.+?)\|' \"\$UNIT\.part\"", script)
    assert found is not None, "deploy.sh no longer rewrites the unit's TLS flags"
    unit = (HERE / "officerdesk-hq.service").read_text()
    assert found.group(1) in unit
    exec_start = re.search(r"^ExecStart=(.+)$", unit.replace(found.group(1), found.group(2)), re.M)
    assert exec_start is not None
    env = {**_env(), "OFFICERDESK_HQ_HOST": "127.0.0.1"}
    argv = shlex.split(re.sub(r"\$\{(\w+)\}", lambda m: env[m.group(1)], exec_start.group(1)))
    args = build_parser().parse_args(argv[1:])
    assert args.tls_cert is None and args.max_per_address == 0 and args.host == "127.0.0.1"

"""`make bench`: run every bench/bench_*.py, print one table, write bench/results.json.

Each module exposes `run(workdir: Path) -> list[dict]` returning figures
`{"name", "value", "unit", "target", "ok"}` (medians of several runs, measured by the module).
Floors measured in the same run (bench/floors.py) come first, and every figure gets its ratio
to its floor ("floor", "ratio"): only ratios compare across machines.
A module that fails is reported as a row with ok = false and its error; benchmarks never fail
the build — they report.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from bench import floors

HERE = Path(__file__).resolve().parent


def _proc(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3])
    except OSError:
        return ""


def _machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _proc("/proc/cpuinfo", "model name") or platform.processor() or platform.machine(),
        "memory": _proc("/proc/meminfo", "MemTotal"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_before": _load(),
    }


def _modules(only: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if only:
        names = [n for n in names if any(o in n for o in only)]
    return names


def _ratio(row: dict[str, Any]) -> str:
    if row.get("floor_name"):
        return f"floor ({row['floor_name']})"
    return f"{row['ratio']:.3g} x {row['floor']}" if row.get("ratio") is not None else ""


def _format(rows: list[dict[str, Any]]) -> str:
    head = ("figure", "value", "unit", "target", "ok", "/ floor")
    table = [head] + [
        (
            str(r.get("name", "?")),
            f"{r['value']:.4g}" if isinstance(r.get("value"), int | float) else str(r.get("value")),
            str(r.get("unit", "")),
            str(r.get("target", "")),
            "yes" if r.get("ok") else "NO",
            _ratio(r),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("only", nargs="*", help="run only modules whose name contains one of these")
    parser.add_argument("-o", "--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[dict[str, Any]] = []
    machine = _machine()
    loads: list[str] = []
    started = time.perf_counter()
    print("[bench] floors ...", file=sys.stderr, flush=True)
    rows.extend(floors.measure())
    with tempfile.TemporaryDirectory(prefix="officerdesk-bench-") as tmp:
        os.environ.setdefault("XDG_DATA_HOME", str(Path(tmp) / "xdg"))
        os.environ.setdefault("OFFICERDESK_BENCH_CACHE", str(Path(tmp) / "profiles"))
        for name in _modules(args.only):
            workdir = Path(tmp) / name
            workdir.mkdir()
            t0 = time.perf_counter()
            print(f"[bench] {name} ...", file=sys.stderr, flush=True)
            try:
                module = importlib.import_module(f"bench.{name}")
                got = module.run(workdir)
            except Exception as exc:
                traceback.print_exc()
                got = [{"name": name, "value": None, "unit": "", "target": "runs", "ok": False,
                        "error": f"{type(exc).__name__}: {exc}"}]
            for row in got:
                row.setdefault("module", name)
            rows.extend(got)
            loads.append(f"{name}: {_load()}")
            print(f"[bench] {name} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    floors.add_ratios(rows)
    print(_format(rows))
    seconds = round(time.perf_counter() - started, 1)
    machine.update(load_average_after_each_module=loads, seconds=seconds)
    args.output.write_text(json.dumps(rows, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    # the machine the figures were measured on, beside them (gitignored with them)
    args.output.with_name("machine.json").write_text(json.dumps(machine, indent=2) + "\n", encoding="utf-8")
    print(f"\nmachine: {machine['cpus']} CPUs ({machine['cpu_model']}), {machine['memory']}, Python {machine['python']}")
    print("load average (1, 5, 15 min) after each module: " + "; ".join(loads))
    print(f"wrote {args.output} ({len(rows)} figures, {seconds} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Subcommand groups of the `officerdesk` CLI; each module has register(subparsers, common)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from officerdesk.core.store.db import Store
from officerdesk.profiles import open_store


def open_profile(args: argparse.Namespace, *, create: bool = False) -> Store:
    return open_store(args.profile, create=create)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")

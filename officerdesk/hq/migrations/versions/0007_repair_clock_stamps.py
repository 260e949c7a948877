"""repair clock stamps an older HQ accepted: full-width digits, upper case, signs, blanks

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00

No schema change. Before stamps were checked strictly, HQ stored any text `int(x, 16)` reads: such
a stamp froze its field and stops laptops' pulls. This runs the repair of `admin repair-clocks`
(hq/stamp_repair.py) once, on the upgrade, so the strict HQ never serves one: bad change-row
stamps take what the old code read them as, and each field they touched is re-published with a
fresh server stamp, with one audit row of counts. It finds nothing in a database that has none.
"""
from __future__ import annotations

from alembic import context

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # migrate.upgrade passes the repair: its audit row needs the key, which the database never holds
    repair = context.config.attributes.get("repair_clocks")
    if repair is None:
        raise RuntimeError("repairing the HQ database's clock stamps needs its audit key: "
                           "run `officerdesk-hq serve` or an `officerdesk-hq admin` command")
    repair(context.get_bind())


def downgrade() -> None:
    pass  # a repaired stamp is a well-formed one: nothing to undo

"""audit log is append-only in the database too

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:00:00
"""
from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION hq_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'hq_audit is append-only'; END $$;
        """)
        op.execute("""
            CREATE TRIGGER hq_audit_append_only BEFORE UPDATE OR DELETE ON hq_audit
            FOR EACH ROW EXECUTE FUNCTION hq_audit_append_only();
        """)
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(f"""
                CREATE TRIGGER hq_audit_no_{event.lower()} BEFORE {event} ON hq_audit
                BEGIN SELECT RAISE(ABORT, 'hq_audit is append-only'); END;
            """)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER hq_audit_append_only ON hq_audit")
        op.execute("DROP FUNCTION hq_audit_append_only()")
    else:
        op.execute("DROP TRIGGER hq_audit_no_update")
        op.execute("DROP TRIGGER hq_audit_no_delete")

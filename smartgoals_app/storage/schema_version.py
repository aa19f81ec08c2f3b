"""Schema revisions known to this version, readable without importing Alembic.

tests/storage/test_migrations.py checks these against Alembic's own history.
"""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD = KNOWN_REVISIONS[-1]

"""Alembic, run from code; imported only when the stored revision is not the newest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade_to_head(engine: Engine, *, application_id: int) -> None:
    """Every pending revision and the file's application_id, committed together (the
    engine must begin real transactions: storage.database._migration_engine). A
    PostgreSQL server has no application_id; its DDL is transactional as it is."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:  # rolls the whole upgrade back: the file keeps its revision
                raise sqlite3.IntegrityError(f"a migration left a broken reference: {tuple(broken)}")
            connection.exec_driver_sql(f"PRAGMA application_id = {int(application_id)}")

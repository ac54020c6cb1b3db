"""Alembic's entry: migrations run on the connection `polku.store.migrate` hands over.

Run from the command line (`alembic -x` is not needed), it connects to `database_url()`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from polku.store import _with_driver, database_url
from polku.store.tables import metadata


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # the alembic command line
        engine = create_engine(_with_driver(database_url()))
        with engine.connect() as connection:
            _run_on(connection)
            connection.commit()
        engine.dispose()
    else:
        _run_on(connection)


def _run_on(connection) -> None:
    # Batch mode lets a later migration alter a SQLite table (by copying it) like any other.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run them against a database")
run()

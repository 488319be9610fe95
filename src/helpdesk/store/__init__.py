"""The local store (SQLite). Kept empty: the GUI imports ``helpdesk.store.snapshot`` at start-up
and must not pay for SQLAlchemy here."""

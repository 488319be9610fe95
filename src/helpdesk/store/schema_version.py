"""The schema revision this version of Helpdesk writes. Light: read by the start-up snapshot.

Must equal the Alembic head in ``store/migrations/versions`` (a test checks it).
"""

SCHEMA_REVISION = "0006_group_details"

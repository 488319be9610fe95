"""The hub: a small central receiver a coordinator runs (``helpdesk-hub``).

It takes batches from desks over HTTP (FastAPI + uvicorn) or from CSV folders brought on a
USB stick, keeps each record once at its highest revision, in SQLite by default or in
PostgreSQL, and exports the merged visits. Its tables mirror the desk's (see ``tables``), so
the same report queries run on a desk store or on a hub database.
"""

"""Desk-side sync: the outbox, the transports (HTTP, CSV folder) and the wire protocol.

Plain Python, no Qt: the GUI reaches it through ``helpdesk.services.sync`` on a background
thread, the command line calls the same service, and the hub shares ``protocol`` and
``csv_format`` to read what desks send. See ``docs/sync-protocol.md``.
"""

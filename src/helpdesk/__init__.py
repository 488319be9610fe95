"""Helpdesk: record the visits a digital-help desk handles, offline first."""

__version__ = "0.1.0"

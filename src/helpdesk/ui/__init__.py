"""The desktop GUI: screens, Qt models and small widgets. Talks to services, never to the store."""

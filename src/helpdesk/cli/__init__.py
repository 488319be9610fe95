"""The ``helpdesk`` command: the GUI by default, headless subcommands beside it."""

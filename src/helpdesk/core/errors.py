"""Errors that are expected and shown to a person as one plain sentence.

Messages are English source text. They are marked with ``QT_TRANSLATE_NOOP`` (a plain
function of our own, so this module stays free of Qt) so that ``lupdate`` collects them into
the ``errors`` context; the GUI shows ``QCoreApplication.translate("errors", message)`` and
the command line prints them as they are.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here.

    ``context`` is read by lupdate alone; at run time it is dropped, so a change to it cannot
    be seen by any test (where mutation testing counts, it stands on a line of its own marked
    ``# pragma: no mutate``; docs/testing.md).
    """
    return text


class CommandError(Exception):
    """An expected failure of a command line (desk's or hub's): its message is printed as it is."""


class HelpdeskError(Exception):
    """An expected failure with a plain sentence for the person in front of the screen.

    ``args_`` fills ``{placeholders}`` in the message after translation, so the sentence
    itself stays a fixed string that translators can find.
    """

    def __init__(self, message: str, *, field: str | None = None, **args_: object) -> None:
        super().__init__(message.format(**args_) if args_ else message)
        self.message = message
        self.field = field
        self.args_ = args_

    def sentence(self, translate=None) -> str:
        """The sentence, translated by ``translate(message)`` when given."""
        text = translate(self.message) if translate else self.message
        return text.format(**self.args_) if self.args_ else text


class InputError(HelpdeskError):
    """What someone typed or chose cannot be saved as it is."""


class NotFoundError(HelpdeskError):
    """The record asked for does not exist (any more)."""


class ConflictError(HelpdeskError):
    """Someone else changed the record in between; reload and try again."""


class StoreError(HelpdeskError):
    """The data file cannot be opened or written."""


class DiskFullError(StoreError):
    """The disk holding the data is full: nothing is damaged, space must be freed."""


class StoreReadOnlyError(StoreError):
    """The data sits on a medium that can only be read (a locked stick, a read-only share)."""


class StorePermissionError(StoreError):
    """This user may not read or write the data file or its folder."""


class StoreDamagedError(StoreError):
    """The data file is damaged: a backup must be restored (the only error that says so)."""


class TaxonomyFileError(HelpdeskError):
    """A taxonomy file is malformed."""


class SyncProblem(HelpdeskError):
    """A sync could not deliver (some) records; they stay on the desk and go later."""

    retry_after: float | None = None


class RetryLater(SyncProblem):
    """A passing problem (no network, a timeout, a busy receiver): try again with a pause."""

    def __init__(self, message: str, *, retry_after: float | None = None, **args_) -> None:
        super().__init__(message, **args_)
        self.retry_after = retry_after


class StopTarget(SyncProblem):
    """Sending to this target cannot work until someone acts (a wrong token, no folder)."""


class BatchRefused(SyncProblem):
    """The receiver refused one batch (a 4xx); it is set aside and the others go on."""


class ExportError(HelpdeskError):
    """A sheet cannot be made or written where it was asked to go."""


class ExportCancelled(HelpdeskError):
    """The person stopped an export; nothing was left at the destination."""

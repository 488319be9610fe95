"""Audit entries as sentences in the desk's language ("Fatima edited visit 3F2A…: outcome
Partly → Solved"), for the trail in Settings and a visit's history in its editor."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate

from helpdesk.core.errors import QT_TRANSLATE_NOOP
from helpdesk.core.visit_fields import VISIT_FIELDS
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, locale_for, to_local
from helpdesk.ui.i18n import LANGUAGE_NAMES

if TYPE_CHECKING:
    from helpdesk.services.audit import AuditEntry


# "{who} …" sentences: {who} is the person, {record} the short id of the record.
ACTIONS: dict[str, str] = {
    "visit recorded": QT_TRANSLATE_NOOP("AuditText", "{who} recorded visit {record}"),
    "visit edited": QT_TRANSLATE_NOOP("AuditText", "{who} edited visit {record}"),
    "visit deleted": QT_TRANSLATE_NOOP("AuditText", "{who} deleted visit {record}"),
    "visit restored": QT_TRANSLATE_NOOP("AuditText", "{who} brought back visit {record}"),
    "account added": QT_TRANSLATE_NOOP("AuditText", "{who} gave {name} an account ({role})"),
    "account removed": QT_TRANSLATE_NOOP("AuditText", "{who} removed the account of {name}"),
    "account recovered": QT_TRANSLATE_NOOP(
        "AuditText", "{who} set a new passphrase with the recovery code"),
    "passphrase changed": QT_TRANSLATE_NOOP(
        "AuditText", "{who} set a new passphrase for {name}"),
    "settings changed": QT_TRANSLATE_NOOP("AuditText", "{who} changed a setting"),
    "notes erased": QT_TRANSLATE_NOOP(
        "AuditText", "{who} erased the notes older than {older_than_days} days ({count})"),
    "failed unlocks": QT_TRANSLATE_NOOP(
        "AuditText", "Wrong passphrases before {who} signed in: {count}"),
    "sheet exported": QT_TRANSLATE_NOOP(
        "AuditText", "{who} made a sheet ({format}) from {first_day} to {last_day}"),
    "sync run": QT_TRANSLATE_NOOP("AuditText", "{who} ran a sync (records sent: {sent})"),
    "spot added": QT_TRANSLATE_NOOP("AuditText", "{who} added the spot {name}"),
    "spot changed": QT_TRANSLATE_NOOP("AuditText", "{who} changed the spot {name}"),
    "helper added": QT_TRANSLATE_NOOP("AuditText", "{who} added the helper {name}"),
    "helper changed": QT_TRANSLATE_NOOP("AuditText", "{who} changed the helper {name}"),
    "target added": QT_TRANSLATE_NOOP("AuditText", "{who} added the sync target {name}"),
    "target changed": QT_TRANSLATE_NOOP("AuditText", "{who} changed the sync target {name}"),
    "target removed": QT_TRANSLATE_NOOP("AuditText", "{who} removed the sync target {name}"),
    "session opened": QT_TRANSLATE_NOOP("AuditText", "{who} opened a session at {spot}"),
    "session closed": QT_TRANSLATE_NOOP("AuditText", "{who} closed the session at {spot}"),
    "session changed": QT_TRANSLATE_NOOP("AuditText", "{who} changed the session at {spot}"),
    "lists imported": QT_TRANSLATE_NOOP("AuditText", "{who} imported the lists {name}"),
    "list item changed": QT_TRANSLATE_NOOP("AuditText", "{who} changed an item of a list"),
}

# What the changed fields are called (visits, spots, helpers, targets, sessions, settings).
FIELDS: dict[str, str] = {
    "started_at": QT_TRANSLATE_NOOP("AuditText", "time"),
    "spot_id": QT_TRANSLATE_NOOP("AuditText", "spot"),
    "staff_id": QT_TRANSLATE_NOOP("AuditText", "helper"),
    "session_id": QT_TRANSLATE_NOOP("AuditText", "session"),
    "duration_minutes": QT_TRANSLATE_NOOP("AuditText", "duration"),
    "outcome": QT_TRANSLATE_NOOP("AuditText", "outcome"),
    "autonomy": QT_TRANSLATE_NOOP("AuditText", "autonomy"),
    "referral": QT_TRANSLATE_NOOP("AuditText", "referral"),
    "follow_up": QT_TRANSLATE_NOOP("AuditText", "follow-up"),
    "follow_up_date": QT_TRANSLATE_NOOP("AuditText", "follow-up date"),
    "channel": QT_TRANSLATE_NOOP("AuditText", "channel"),
    "age_band": QT_TRANSLATE_NOOP("AuditText", "age"),
    "gender": QT_TRANSLATE_NOOP("AuditText", "gender"),
    "help_language": QT_TRANSLATE_NOOP("AuditText", "language of help"),
    "first_visit": QT_TRANSLATE_NOOP("AuditText", "first visit"),
    "status": QT_TRANSLATE_NOOP("AuditText", "status"),
    "question_types": QT_TRANSLATE_NOOP("AuditText", "questions"),
    "name": QT_TRANSLATE_NOOP("AuditText", "name"),
    "kind": QT_TRANSLATE_NOOP("AuditText", "kind"),
    "role": QT_TRANSLATE_NOOP("AuditText", "role"),
    "active": QT_TRANSLATE_NOOP("AuditText", "in use"),
    "url": QT_TRANSLATE_NOOP("AuditText", "address"),
    "folder": QT_TRANSLATE_NOOP("AuditText", "folder"),
    "include_notes": QT_TRANSLATE_NOOP("AuditText", "notes included"),
    "send_csv": QT_TRANSLATE_NOOP("AuditText", "CSV files"),
    "batch_size": QT_TRANSLATE_NOOP("AuditText", "batch size"),
    "helpers": QT_TRANSLATE_NOOP("AuditText", "helpers"),
    "turned_away": QT_TRANSLATE_NOOP("AuditText", "turned away"),
    "desk_name": QT_TRANSLATE_NOOP("AuditText", "desk name"),
    "desk_language": QT_TRANSLATE_NOOP("AuditText", "language"),
    "note_retention_days": QT_TRANSLATE_NOOP("AuditText", "days notes are kept"),
}

# A visit edit says what became of its visitor code, never the code's hash.
VISITOR_CODE_CHANGES: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("AuditText", "visitor code added"),
    "changed": QT_TRANSLATE_NOOP("AuditText", "visitor code changed"),
    "removed": QT_TRANSLATE_NOOP("AuditText", "visitor code removed"),
}

ROLES: dict[str, str] = {
    "volunteer": QT_TRANSLATE_NOOP("AuditText", "volunteer"),
    "staff": QT_TRANSLATE_NOOP("AuditText", "staff"),
    "coordinator": QT_TRANSLATE_NOOP("AuditText", "coordinator"),
}

# A role as a list shows it ("Fatima — Coordinator"): the Helpers list's own words.
ROLE_TITLES: dict[str, str] = {
    "volunteer": QT_TRANSLATE_NOOP("HelpersBox", "Volunteer"),
    "staff": QT_TRANSLATE_NOOP("HelpersBox", "Staff member"),
    "coordinator": QT_TRANSLATE_NOOP("HelpersBox", "Coordinator"),
}

_LISTS = {f.name: f.taxonomy_list for f in VISIT_FIELDS if f.taxonomy_list}
_LISTS["kind"] = "spot_kinds"


def _tr(text: str) -> str:
    """``text`` (marked in this module) in the app's language."""
    return QCoreApplication.translate("AuditText", text)


def role_name(role: str) -> str:
    """A role in the desk's language."""
    return _tr(ROLES[role]) if role in ROLES else role


def role_title(role: str) -> str:
    """A role as the lists of Settings show it, capitalised."""
    if role not in ROLE_TITLES:
        return role
    return QCoreApplication.translate("HelpersBox", ROLE_TITLES[role])


def short_id(record_id: str | None) -> str:
    """The first characters of an id, as the Visits list shows them."""
    return (record_id or "")[:4].upper() + "…" if record_id else ""


class Describer:
    """Turns entries into sentences with the labels, names and dates of this desk."""

    def __init__(self, ctx: UiContext, staff: dict[str, str] | None = None,
                 spots: dict[str, str] | None = None) -> None:
        self._ctx = ctx
        self._staff = staff or {}
        self._spots = spots or {}
        settings = ctx.state.settings
        self._zone = desk_zone(settings.time_zone if settings else None)
        self._locale = locale_for(ctx.language)

    def when(self, moment: datetime) -> str:
        """An entry's time in the desk's zone, short."""
        return self._locale.toString(to_local(moment, self._zone),
                                     self._locale.FormatType.ShortFormat)

    def sentence(self, entry: AuditEntry) -> str:
        """What happened, in one sentence; the changed fields after a colon."""
        details = entry.details
        who = entry.actor or _tr(QT_TRANSLATE_NOOP("AuditText", "Someone (no accounts yet)"))
        template = ACTIONS.get(entry.action)
        if template is None:
            head = f"{who}: {entry.action}"
        else:
            values: dict[str, Any] = {k: self._value("", v) for k, v in details.items()}
            values.setdefault("name", "")
            values["role"] = role_name(str(details.get("role", "")))
            values["who"], values["record"] = who, short_id(entry.record_id)
            try:
                head = _tr(template).format_map(_Missing(values))
            except (ValueError, IndexError):
                head = f"{who}: {entry.action}"
        changes = self.changes(entry)
        if not changes:
            return head
        return _tr(QT_TRANSLATE_NOOP("AuditText", "{what}: {changes}")).format(
            what=head, changes=changes)

    def changes(self, entry: AuditEntry) -> str:
        """"outcome Partly → Solved; note changed", from the entry's details."""
        details = entry.details
        changed = details.get("changed")
        if not isinstance(changed, dict):  # a visit edit keeps its fields at the top
            changed = {k: v for k, v in details.items()
                       if isinstance(v, dict) and "before" in v}
        if entry.action == "settings changed" and "setting" in details:
            changed = {details["setting"]: {"before": details.get("before"),
                                            "after": details.get("after")}}
        parts = []
        for name, change in changed.items():
            if not isinstance(change, dict):
                continue
            if name == "visitor_hash":  # an entry written before the trail left hashes out
                before, after = change.get("before"), change.get("after")
                parts.append(_tr(VISITOR_CODE_CHANGES[
                    "removed" if not after else "added" if not before else "changed"]))
                continue
            label = _tr(FIELDS[name]) if name in FIELDS else name
            parts.append(f"{label} {self._value(name, change.get('before'))} → "
                         f"{self._value(name, change.get('after'))}")
        code = details.get("visitor_code")
        if code in VISITOR_CODE_CHANGES:
            parts.append(_tr(VISITOR_CODE_CHANGES[str(code)]))
        if details.get("note_changed"):
            parts.append(_tr(QT_TRANSLATE_NOOP("AuditText", "note changed")))
        if details.get("token_changed"):
            parts.append(_tr(QT_TRANSLATE_NOOP("AuditText", "token changed")))
        if details.get("copied_from"):
            parts.append(_tr(QT_TRANSLATE_NOOP("AuditText", "copy of {record}")).format(
                record=short_id(details["copied_from"])))
        return "; ".join(parts)

    def _value(self, name: str, value: object) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            yes, no = QT_TRANSLATE_NOOP("AuditText", "yes"), QT_TRANSLATE_NOOP("AuditText", "no")
            return _tr(yes if value else no)
        if isinstance(value, list):
            return ", ".join(self._value(name, v) for v in value)
        if name == "staff_id":
            return self._staff.get(str(value), short_id(str(value)))
        if name == "spot_id":
            return self._spots.get(str(value), short_id(str(value)))
        if name == "role":
            return role_name(str(value))
        if name == "desk_language":
            return LANGUAGE_NAMES.get(str(value), str(value))
        if name == "duration_minutes":
            return _tr(QT_TRANSLATE_NOOP("AuditText", "{minutes} min")).format(minutes=value)
        if name == "question_types":
            return self._ctx.label("question_types", str(value))
        if _LISTS.get(name):
            return self._ctx.label(_LISTS[name], str(value))
        if name in ("started_at",) and isinstance(value, str):
            try:
                return self.when(datetime.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return value
            return self._locale.toString(QDate(day.year, day.month, day.day),
                                         self._locale.FormatType.ShortFormat)
        return str(value)


class _Missing(dict):
    """format_map values where a missing key shows as nothing rather than failing."""

    def __missing__(self, key: str) -> str:
        return ""

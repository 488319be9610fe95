"""Dates and times as the desk sees them: in its own time zone, written the local way.

Records hold UTC; a desk in Brussels thinks in Brussels days, whatever the laptop's clock
setting says. Qt's own time-zone data is used so Windows needs no extra tz package.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from helpdesk.core.constants import DEFAULT_TIME_ZONE


def locale_for(language: str) -> QLocale:
    """The locale a desk speaking ``language`` writes dates and numbers in (Belgian ways)."""
    return QLocale({"nl": "nl_BE", "fr": "fr_BE", "en": "en_BE"}.get(language, "nl_BE"))


def desk_zone(time_zone: str | None) -> QTimeZone:
    """The desk's time zone; Brussels when the setting is missing or unknown."""
    zone = QTimeZone((time_zone or DEFAULT_TIME_ZONE).encode())
    return zone if zone.isValid() else QTimeZone(DEFAULT_TIME_ZONE.encode())


def to_local(moment: datetime, zone: QTimeZone) -> QDateTime:
    """A stored (UTC) moment as a date-time in the desk's zone."""
    if moment.tzinfo is None:  # stored datetimes are UTC even when naive
        moment = moment.replace(tzinfo=timezone.utc)
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), zone)


def from_local(value: QDateTime, zone: QTimeZone) -> datetime:
    """A date-time typed in the desk's zone, as an aware UTC datetime for the services."""
    local = QDateTime(value.date(), value.time(), zone)
    return datetime.fromtimestamp(local.toMSecsSinceEpoch() / 1000, tz=timezone.utc)


def today(zone: QTimeZone) -> date:
    """Today's date at the desk."""
    return python_date(QDateTime.currentDateTime(zone).date())


def python_date(day: QDate) -> date:
    """A Qt date as a Python one (Qt's ``toPython`` is typed as returning any object)."""
    return date(day.year(), day.month(), day.day())


def qt_date(day: date) -> QDate:
    """A Python date as a Qt one."""
    return QDate(day.year, day.month, day.day)


def short_date(day: date | QDate, locale: QLocale) -> str:
    """A date with its weekday, short: 'di 12/03/2024'."""
    qday = day if isinstance(day, QDate) else qt_date(day)
    return locale.toString(qday, "ddd " + locale.dateFormat(QLocale.FormatType.ShortFormat))


def short_time(moment: QDateTime | time, locale: QLocale) -> str:
    """A time of day, short: '14:05'."""
    qtime = moment.time() if isinstance(moment, QDateTime) else QTime(moment.hour, moment.minute)
    return locale.toString(qtime, QLocale.FormatType.ShortFormat)

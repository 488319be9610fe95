"""Facts written once that every layer shares: the languages, the store's file, the time zone."""

from __future__ import annotations

# The languages of the screens, the taxonomy labels and the sheets, in the order they are offered.
LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")

# The desk's store inside its data folder.
DB_FILENAME = "helpdesk.db"

# Weeks, days and hours are counted here unless a desk or a hub says otherwise.
DEFAULT_TIME_ZONE = "Europe/Brussels"

# The intake's last spot and helper, kept in the store_info table (key -> value).
LAST_SPOT_KEY = "intake_spot_id"
LAST_STAFF_KEY = "intake_staff_id"
# store_info: "no" when a coordinator turned the residence question off (issue 12).
ASK_RESIDENCE_KEY = "ask_residence"

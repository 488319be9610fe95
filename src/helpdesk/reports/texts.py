"""The sheets' own words in Dutch, French and English (the lists' labels come from the taxonomy).

Plain Python, not Qt translations: the hub and the command line make sheets without Qt.
Written as Belgian readers write them: "week 47", "semaine 47", dates as 24/11/2026, a
no-break space before French colons.
"""

from __future__ import annotations

from datetime import date, datetime

from helpdesk.core.report_records import number_text, percent_text  # noqa: F401 - shared with the GUI

NBSP = "\u00a0"

# key: (en, nl, fr)
TEXTS: dict[str, tuple[str, str, str]] = {
    "title_week": ("Weekly sheet", "Weekoverzicht", "Fiche hebdomadaire"),
    "title_period": ("Activity sheet", "Activiteitenoverzicht", "Fiche d'activité"),
    "network": ("All chosen spots", "Alle gekozen locaties", "Tous les lieux choisis"),
    "network_summary": ("Network summary", "Overzicht van het netwerk", "Synthèse du réseau"),
    "one_week": ("Week {week} of {year}", "Week {week} van {year}", "Semaine {week} de {year}"),
    "weeks_same_year": ("Weeks {first} to {last} of {year}", "Week {first} tot {last} van {year}",
                        "Semaines {first} à {last} de {year}"),
    "weeks_across": ("Week {first} of {first_year} to week {last} of {last_year}",
                     "Week {first} van {first_year} tot week {last} van {last_year}",
                     "Semaine {first} de {first_year} à semaine {last} de {last_year}"),
    "dates": ("{first} to {last}", "{first} tot {last}", "Du {first} au {last}"),
    "labelled": ("{what}: {value}", "{what}: {value}", "{what}\u00a0: {value}"),
    "previous_week": ("Previous week", "Vorige week", "Semaine précédente"),
    "previous_period": ("Previous period", "Vorige periode", "Période précédente"),
    "year_before": ("A year before", "Een jaar eerder", "Un an plus tôt"),
    "sessions": ("Sessions", "Permanenties", "Permanences"),
    "hours_open": ("Hours open", "Uren open", "Heures d'ouverture"),
    "visits": ("Visits", "Bezoeken", "Visites"),
    "turned_away": ("Turned away", "Niet geholpen", "Non reçues"),
    "per_session": ("Visits per session", "Bezoeken per permanentie",
                    "Visites par permanence"),
    "per_hour": ("Visits per hour open", "Bezoeken per uur open", "Visites par heure d'ouverture"),
    "no_data": ("no data", "geen gegevens", "pas de données"),
    "key_figures": ("Key figures", "Kerncijfers", "Chiffres clés"),
    "period": ("Period", "Periode", "Période"),
    "question_types": ("Question types", "Vraagtypes", "Types de demande"),
    "question_note": (
        "A visit with several question types counts once for each type, so the shares add up "
        "to more than 100 %.",
        "Een bezoek met meerdere vraagtypes telt één keer mee voor elk type; samen zijn de "
        "aandelen dus meer dan 100 %.",
        "Une visite qui porte sur plusieurs types de demande compte une fois pour chaque "
        "type\u00a0; la somme des parts dépasse donc 100 %."),
    "other_types": ("{n} other types", "{n} andere types", "{n} autres types"),
    "other_postcodes": ("{n} other postcodes (all in the XLSX)",
                        "{n} andere postcodes (alle in de XLSX)",
                        "{n} autres codes postaux (tous dans le XLSX)"),
    "outcomes": ("Outcome", "Resultaat", "Résultat"),
    "autonomy": ("Autonomy", "Zelfstandigheid", "Autonomie"),
    "referrals": ("Referrals by target", "Doorverwijzingen", "Orientations"),
    "channels": ("Channel", "Kanaal", "Canal"),
    "help_languages": ("Language of help", "Taal van de hulp", "Langue de l'aide"),
    "first_visits": ("First visit", "Eerste bezoek", "Première visite"),
    "age_bands": ("Age", "Leeftijd", "Âge"),
    "statuses": ("Status", "Statuut", "Statut"),
    "genders": ("Gender", "Gender", "Genre"),
    "groups": ("Group sessions", "Groepsactiviteiten", "Activités de groupe"),
    "group_sessions": ("Group sessions (workshops, trainings)",
                       "Groepsactiviteiten (workshops, opleidingen)",
                       "Activités de groupe (ateliers, formations)"),
    "participants": ("Participants", "Deelnemers", "Participants"),
    "groups_note": ("Participants in group sessions are counted apart from the visits.",
                    "Deelnemers aan groepsactiviteiten tellen apart van de bezoeken.",
                    "Les participants aux activités de groupe sont comptés à part des "
                    "visites."),
    "groups_totals": ("Group sessions: {groups}, with {participants} participants (apart "
                      "from the visits).",
                      "Groepsactiviteiten: {groups}, met {participants} deelnemers (apart van "
                      "de bezoeken).",
                      "Activités de groupe\u00a0: {groups}, avec {participants} participants "
                      "(à part des visites)."),
    "group_questions": ("Group participants by question type",
                        "Deelnemers aan groepsactiviteiten per vraagtype",
                        "Participants aux activités de groupe par type de demande"),
    "group_questions_note": ("A group session may cover several question types: its "
                             "participants count under each.",
                             "Een groepsactiviteit kan over meerdere vraagtypes gaan: haar "
                             "deelnemers tellen bij elk ervan.",
                             "Une activité de groupe peut couvrir plusieurs types de "
                             "demande\u00a0: ses participants comptent pour chacun."),
    "group_levels": ("Group participants by level", "Deelnemers per niveau",
                     "Participants par niveau"),
    "level_beginner": ("Beginner", "Beginner", "Débutant"),
    "level_intermediate": ("Intermediate", "Gevorderd", "Intermédiaire"),
    "level_advanced": ("Advanced", "Ervaren", "Avancé"),
    "group_age_bands": ("Group participants: age", "Deelnemers: leeftijd",
                        "Participants\u00a0: âge"),
    "group_genders": ("Group participants: gender", "Deelnemers: gender",
                      "Participants\u00a0: genre"),
    "group_statuses": ("Group participants: status", "Deelnemers: statuut",
                       "Participants\u00a0: statut"),
    "devices": ("Device used", "Gebruikt toestel", "Appareil utilisé"),
    "residences": ("Place of residence", "Woonplaats", "Lieu de résidence"),
    "abroad": ("Outside Belgium", "Buiten België", "Hors de Belgique"),
    "col_residence": ("Residence (postcode)", "Woonplaats (postcode)",
                      "Résidence (code postal)"),
    "durations": ("Length of the visit", "Duur van het bezoek", "Durée de la visite"),
    "duration_under_30": ("Under 30 min", "Minder dan 30 min", "Moins de 30 min"),
    "duration_30_60": ("30–60 min", "30–60 min", "30–60 min"),
    "duration_1_2h": ("1–2 h", "1–2 u", "1–2 h"),
    "duration_over_2h": ("Over 2 h", "Meer dan 2 u", "Plus de 2 h"),
    "col_month": ("Month", "Maand", "Mois"),
    "trend": ("Month by month", "Per maand", "Mois par mois"),
    "people_new_month": ("New people", "Nieuwe personen", "Nouvelles personnes"),
    "people": ("People reached", "Bereikte personen", "Personnes touchées"),
    "people_reached": ("People reached (distinct visitor codes)",
                       "Bereikte personen (verschillende bezoekerscodes)",
                       "Personnes touchées (codes visiteur distincts)"),
    "people_new": ("of whom new in the network", "van wie nieuw in het netwerk",
                   "dont nouvelles dans le réseau"),
    "coded_visits": ("Visits with a visitor code", "Bezoeken met een bezoekerscode",
                     "Visites avec un code visiteur"),
    "people_note": ("{n} visits per person who gave a code. Visits without a code are not "
                    "counted here.",
                    "{n} bezoeken per persoon met een code. Bezoeken zonder code tellen hier "
                    "niet mee.",
                    "{n} visites par personne ayant donné un code. Les visites sans code ne "
                    "sont pas comptées ici."),
    "col_visitor": ("Visitor (keyed hash of the code)", "Bezoeker (sleutelhash van de code)",
                    "Visiteur (empreinte à clé du code)"),
    "indicators": ("Figures asked by the funder", "Cijfers gevraagd door de financier",
                   "Chiffres demandés par le financeur"),
    "preset": ("Funder's view: {name}", "Weergave voor de financier: {name}",
               "Vue pour le financeur\u00a0: {name}"),
    "profile": ("Anonymous profile", "Anoniem profiel", "Profil anonyme"),
    "yes": ("Yes", "Ja", "Oui"),
    "no": ("No", "Nee", "Non"),
    "unknown": ("Unknown", "Onbekend", "Inconnu"),
    "grid": ("Visits by weekday and hour", "Bezoeken per weekdag en uur",
             "Visites par jour et par heure"),
    "grid_empty": ("No visits in this period.", "Geen bezoeken in deze periode.",
                   "Aucune visite pendant cette période."),
    "weekdays": ("Mon Tue Wed Thu Fri Sat Sun", "ma di wo do vr za zo",
                 "lun mar mer jeu ven sam dim"),
    "follow_ups": ("Follow-ups still open: {open}, of which {overdue} past their date.",
                   "Opvolgingen nog open: {open}, waarvan {overdue} over datum.",
                   "Suivis encore ouverts\u00a0: {open}, dont {overdue} en retard."),
    "totals": (
        "Made from {visits} visit records ({questions} question type records) and {sessions} "
        "session records. Deleted visits left out: {deleted}.",
        "Gemaakt uit {visits} bezoekrecords ({questions} vraagtyperecords) en {sessions} "
        "permanentierecords. Verwijderde bezoeken niet meegeteld: {deleted}.",
        "Établie à partir de {visits} enregistrements de visite ({questions} de types de "
        "demande) et de {sessions} enregistrements de permanence. Visites supprimées non "
        "comptées\u00a0: {deleted}."),
    "unreadable": ("Records whose stored time does not exist (counted, but not in hours or by "
                   "hour): {n}.",
                   "Records met een opgeslagen tijd die niet bestaat (meegeteld, maar niet in "
                   "uren of per uur): {n}.",
                   "Enregistrements dont l'heure enregistrée n'existe pas (comptés, mais ni dans "
                   "les heures ni par heure)\u00a0: {n}."),
    "implausible": ("Visits dated before 2000 or after today: {n} (a computer's clock set "
                    "wrong?); they are counted here, correct their date on the desk.",
                    "Bezoeken gedateerd voor 2000 of na vandaag: {n} (een computerklok die "
                    "verkeerd stond?); ze tellen hier mee, verbeter hun datum op de balie.",
                    "Visites datées d'avant 2000 ou d'après aujourd'hui\u00a0: {n} (une horloge "
                    "d'ordinateur mal réglée\u00a0?)\u00a0; elles sont comptées ici, corrigez "
                    "leur date sur le poste."),
    "no_activity": ("No session and no visit at: {spots}.",
                    "Geen permanentie en geen bezoek in: {spots}.",
                    "Ni permanence ni visite à\u00a0: {spots}."),
    "open_sessions": ("Sessions not closed yet: {n}; their hours are not counted.",
                      "Permanenties nog niet afgesloten: {n}; hun uren tellen niet mee.",
                      "Permanences pas encore clôturées\u00a0: {n}\u00a0; leurs heures ne sont pas "
                      "comptées."),
    "language": ("Language: English", "Taal: Nederlands", "Langue\u00a0: français"),
    "made_on": ("Made on {date} at {time}", "Gemaakt op {date} om {time}",
                "Établie le {date} à {time}"),
    "page": ("Page {n} of {total}", "Pagina {n} van {total}", "Page {n} sur {total}"),
    "time_zone": ("Times in {zone}", "Tijden in {zone}", "Heures de {zone}"),
    "spot": ("Spot", "Locatie", "Lieu"),
    "spots": ("Spots", "Locaties", "Lieux"),
    "all_spots": ("All spots", "Alle locaties", "Tous les lieux"),
    "total": ("Total", "Totaal", "Total"),
    "count": ("Number", "Aantal", "Nombre"),
    "share": ("Share", "Aandeel", "Part"),
    "share_note": ("Shares are of the visits.", "Aandelen zijn berekend op de bezoeken.",
                   "Les parts sont calculées sur les visites."),
    "summary": ("Summary", "Overzicht", "Synthèse"),
    # The XLSX header block and the visits sheet.
    "filters": ("Filters used", "Gebruikte filters", "Filtres utilisés"),
    "name": ("Desk or network", "Balie of netwerk", "Poste ou réseau"),
    "from": ("From", "Van", "Du"),
    "to": ("To", "Tot en met", "Au"),
    "made": ("Made on", "Gemaakt op", "Établie le"),
    "visit_records": ("Visit records", "Bezoekrecords", "Enregistrements de visite"),
    "sheet_language": ("Language", "Taal", "Langue"),
    "zone": ("Time zone", "Tijdzone", "Fuseau horaire"),
    "col_id": ("Visit id", "Bezoek-id", "Identifiant de la visite"),
    "col_date": ("Date", "Datum", "Date"),
    "col_time": ("Time", "Uur", "Heure"),
    "col_weekday": ("Weekday", "Weekdag", "Jour"),
    "col_spot": ("Spot", "Locatie", "Lieu"),
    "col_codes": ("{what} (codes)", "{what} (codes)", "{what} (codes)"),
    "col_code": ("{what} (code)", "{what} (code)", "{what} (code)"),
    "col_duration": ("Duration (min)", "Duur (min)", "Durée (min)"),
    "col_follow_up": ("Follow-up", "Opvolging", "Suivi"),
    "col_follow_up_date": ("Follow-up date", "Opvolgingsdatum", "Date de suivi"),
    "col_session": ("Session id", "Permanentie-id", "Identifiant de la permanence"),
}

_INDEX = {"en": 0, "nl": 1, "fr": 2}


def text(language: str, key: str, **args: object) -> str:
    """The sheet text ``key`` in ``language``, with ``{placeholders}`` filled in."""
    words = TEXTS[key][_INDEX.get(language, 0)]
    return words.format(**args) if args else words


def weekday_names(language: str) -> tuple[str, ...]:
    """Short weekday names, Monday first."""
    return tuple(text(language, "weekdays").split())


def day_text(day: date) -> str:
    """A date as Belgians write it: 24/11/2026."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def time_text(moment: datetime) -> str:
    """A time of day on the 24-hour clock: 14:05."""
    return f"{moment.hour:02d}:{moment.minute:02d}"

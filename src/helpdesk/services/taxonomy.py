"""The lists visits are recorded with, stored in the database: read, import, export, retire."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select, true, update
from sqlmodel import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from helpdesk.core.taxonomy_file import (
    LISTS,
    REQUIRED_LISTS,
    SheetPreset,
    Taxonomy,
    default_taxonomy,
    merge_taxonomy,
    parse_presets_text,
    presets_to_toml,
    read_taxonomy,
    write_taxonomy,
)
from helpdesk.services import audit
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import store_info_table, taxonomy_table
from helpdesk.store.snapshot import taxonomy_from_rows

NAME_KEY = "taxonomy_name"
# The sheet presets, as the [[presets]] tables of a taxonomy file; absent: the shipped ones.
PRESETS_KEY = "sheet_presets"


def load_taxonomy(db: Session) -> Taxonomy:
    """The stored taxonomy, retired items included, each list in display order."""
    t = taxonomy_table.c
    rows = db.execute(select(t.list_name, t.code, t.label_en, t.label_nl, t.label_fr, t.active)
                      .order_by(t.list_name, t.position)).all()
    name = db.scalar(select(store_info_table.c.value).where(store_info_table.c.key == NAME_KEY))
    stored = db.scalar(select(store_info_table.c.value)
                       .where(store_info_table.c.key == PRESETS_KEY))
    presets = parse_presets_text(stored) if stored is not None else shipped_presets()
    return replace(taxonomy_from_rows(rows, name or ""), presets=presets)


@lru_cache(maxsize=1)
def shipped_presets() -> tuple[SheetPreset, ...]:
    """The presets of the taxonomy that ships with the app (read once)."""
    return default_taxonomy().presets


def save_taxonomy(db: Session, taxonomy: Taxonomy) -> None:
    """Replace the stored lists with ``taxonomy``."""
    db.execute(delete(taxonomy_table))
    db.execute(insert(taxonomy_table), [
        {"list_name": list_name, "code": item.code, "label_en": item.label("en"),
         "label_nl": item.label("nl"), "label_fr": item.label("fr"), "active": item.active,
         "position": position}
        for list_name, items in taxonomy.lists.items() for position, item in enumerate(items)])
    db.execute(delete(store_info_table).where(store_info_table.c.key.in_((NAME_KEY,
                                                                        PRESETS_KEY))))
    db.execute(insert(store_info_table).values(key=NAME_KEY, value=taxonomy.name))
    if taxonomy.presets != shipped_presets():  # the shipped ones follow the app's updates
        db.execute(insert(store_info_table).values(key=PRESETS_KEY,
                                                   value=presets_to_toml(taxonomy.presets)))


def seed_taxonomy(db: Session) -> bool:
    """Store the default taxonomy if the store has none yet; True if it did.

    A store made before a list existed (devices, issue 12) gets that list from the default,
    so its field can be filled in; the lists it has stay as they are.
    """
    if db.scalar(select(taxonomy_table.c.code).limit(1)) is None:
        save_taxonomy(db, default_taxonomy())
        return True
    have = set(db.scalars(select(taxonomy_table.c.list_name).distinct()))
    default = default_taxonomy() if set(LISTS) - have else None
    if default is not None:
        missing = [name for name in default.lists if name not in have]
        db.execute(insert(taxonomy_table), [
            {"list_name": name, "code": item.code, "label_en": item.label("en"),
             "label_nl": item.label("nl"), "label_fr": item.label("fr"),
             "active": item.active, "position": position}
            for name in missing for position, item in enumerate(default.lists[name])])
    return False


class TaxonomyService:
    """Read the lists, replace them from a file, write them to a file, retire items."""

    def __init__(self, engine: Engine, *, signed_in: SignedIn | None = None) -> None:
        self._engine = engine
        self._signed_in = signed_in or SignedIn()

    def current(self) -> Taxonomy:
        """The taxonomy in use, retired items included."""
        with reading(self._engine) as db:
            return load_taxonomy(db)

    def import_file(self, path: Path) -> Taxonomy:
        """Take a coordinator's file; codes it leaves out are kept, retired."""
        imported = read_taxonomy(Path(path))  # raises TaxonomyFileError saying what is wrong
        with writing(self._engine) as db:
            merged = merge_taxonomy(load_taxonomy(db), imported)
            save_taxonomy(db, merged)
            audit.append(db, self._signed_in, "lists imported", None,
                         name=merged.name, file=Path(path).name)
            return load_taxonomy(db)

    def export_file(self, path: Path) -> None:
        """Write the taxonomy in use to a file a coordinator can edit and import again."""
        write_taxonomy(self.current(), Path(path))

    def set_active(self, list_name: str, code: str, active: bool) -> Taxonomy:
        """Retire an item (old records keep it) or bring it back."""
        t = taxonomy_table.c
        with writing(self._engine) as db:
            found = db.execute(select(t.active).where(t.list_name == list_name, t.code == code)
                               ).first()
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "errors", "The item {code} is not in this list."), code=code)
            if not active and list_name in REQUIRED_LISTS:
                others = db.scalar(select(t.code).where(
                    t.list_name == list_name, t.code != code, t.active == true()).limit(1))
                if others is None:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "errors", "This is the last item in use in its list; add another "
                                  "before retiring it."), field="active")
            db.execute(update(taxonomy_table).where(t.list_name == list_name, t.code == code)
                       .values(active=bool(active)))
            if bool(found.active) != bool(active):
                audit.append(db, self._signed_in, "list item changed", None, list=list_name,
                             code=code, changed={"active": {"before": bool(found.active),
                                                             "after": bool(active)}})
            return load_taxonomy(db)

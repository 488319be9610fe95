"""Fill helpdesk_en.ts: English needs only plural forms, derived from "visit(s)"-style sources.

Run after `make update-translations`. Non-plural English strings need no translation file:
English is the source language.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/helpdesk_en.ts")
tree = ET.parse(path)
SUFFIX = re.compile(r"\((e?s)\)")
IRREGULAR = {"person(s)": ("person", "people"), "entry(ies)": ("entry", "entries")}
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    singular, plural = source, source
    for word, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(word, one), plural.replace(word, many)
    forms[0].text = SUFFIX.sub("", singular)
    forms[1].text = SUFFIX.sub(lambda m: m.group(1), plural)
tree.write(path, encoding="utf-8", xml_declaration=True)
text = path.read_text(encoding="utf-8")
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
path.write_text(text, encoding="utf-8")

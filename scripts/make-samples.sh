#!/usr/bin/env bash
# Remakes the sample sheets in docs/samples and the README's page image from demo data:
# a PDF in Dutch, an XLSX in French, a CSV in English and a CSV for a Belgian Excel in French.
#   bash scripts/make-samples.sh [WEEK]      (default: the last whole ISO week)
# Needs `make setup` first, and pdftoppm (Debian: poppler-utils) for the page image.
set -euo pipefail
cd "$(dirname "$0")/.."
helpdesk=.venv/bin/helpdesk
week="${1:-$(date -d 'last week' +%G-W%V)}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

"$helpdesk" --data-dir "$data" demo --visits 5000 --seed 1 --weeks 60 >/dev/null
name="docs/samples/helpdesk-$week"
rm -f docs/samples/helpdesk-*
"$helpdesk" --data-dir "$data" report --week "$week" --format pdf --lang nl --out "$name.pdf"
"$helpdesk" --data-dir "$data" report --week "$week" --format xlsx --lang fr --out "$name.xlsx"
"$helpdesk" --data-dir "$data" report --week "$week" --format csv --lang en --out "$name.csv"
"$helpdesk" --data-dir "$data" report --week "$week" --format csv-excel --lang fr \
  --out "$name-excel.csv"
# The network summary page, as the README shows it.
pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$name.pdf" docs/screenshots/weekly-sheet-nl
echo "samples for $week written to docs/samples/"

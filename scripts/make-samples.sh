#!/usr/bin/env bash
# Remakes the sample sheets in docs/samples and the README's page image from demo data:
# a week's PDF in Dutch, XLSX in French, CSV in English and CSV for a Belgian Excel in French;
# a quarter's PDF in English, XLSX in Dutch, group sessions' CSV, and two funders' views.
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
# A quarter: the month-by-month section, the group sessions' tables, and the funders' views
# (the Flemish digibank's in Dutch, the Brussels PAN's in French), with the group sessions'
# own CSV beside them.
quarter="docs/samples/helpdesk-2026-Q3"
rm -f "$quarter"*
q=(--from 2026-07-01 --to 2026-09-30)
"$helpdesk" --data-dir "$data" report "${q[@]}" --format pdf --lang en --out "$quarter.pdf"
"$helpdesk" --data-dir "$data" report "${q[@]}" --format xlsx --lang nl --out "$quarter.xlsx"
"$helpdesk" --data-dir "$data" report "${q[@]}" --format csv-groups --lang en \
  --out "$quarter-groups.csv"
"$helpdesk" --data-dir "$data" report "${q[@]}" --preset digibank --format pdf \
  --out "$quarter-digibank.pdf"
"$helpdesk" --data-dir "$data" report "${q[@]}" --preset pan_brussels --format xlsx \
  --out "$quarter-pan-brussels.xlsx"
# The network summary page, as the README shows it.
pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$name.pdf" docs/screenshots/weekly-sheet-nl
echo "samples for $week written to docs/samples/"

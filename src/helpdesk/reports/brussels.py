"""The postcodes of Brussels' 19 communes, named in French and Dutch (the Region's two
official languages), so a sheet grouped by postcode names the communes its funders plan by.

Some communes have several postcodes (Brussels City: 1000, 1020, 1120, 1130); the sheet keeps
the postcode, which is what the visitor gave, and prints the commune beside it.
"""

from __future__ import annotations

# postcode: (French, Dutch)
BRUSSELS_POSTCODES: dict[str, tuple[str, str]] = {
    "1000": ("Bruxelles", "Brussel"),
    "1020": ("Bruxelles (Laeken)", "Brussel (Laken)"),
    "1030": ("Schaerbeek", "Schaarbeek"),
    "1040": ("Etterbeek", "Etterbeek"),
    "1050": ("Ixelles", "Elsene"),
    "1060": ("Saint-Gilles", "Sint-Gillis"),
    "1070": ("Anderlecht", "Anderlecht"),
    "1080": ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
    "1081": ("Koekelberg", "Koekelberg"),
    "1082": ("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"),
    "1083": ("Ganshoren", "Ganshoren"),
    "1090": ("Jette", "Jette"),
    "1120": ("Bruxelles (Neder-over-Heembeek)", "Brussel (Neder-over-Heembeek)"),
    "1130": ("Bruxelles (Haren)", "Brussel (Haren)"),
    "1140": ("Evere", "Evere"),
    "1150": ("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"),
    "1160": ("Auderghem", "Oudergem"),
    "1170": ("Watermael-Boitsfort", "Watermaal-Bosvoorde"),
    "1180": ("Uccle", "Ukkel"),
    "1190": ("Forest", "Vorst"),
    "1200": ("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
    "1210": ("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
}

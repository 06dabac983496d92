"""Build the small gazetteer files kabar ships in ``src/kabar/lang/id/``.

* ``gazetteer_countries.tsv``: Indonesian country, territory and region names from
  CLDR (via Babel) and ISO 3166 Indonesian translations (via pycountry).
* ``gazetteer_countries_en.tsv``: the English CLDR names under their Indonesian canonical (one-word
  ones that the NER training splits in ``../shared/data/gazetteer-ner-derived`` know as persons are
  left out); the recogniser reads them, the cleaner's place list does not.
* ``gazetteer_states.tsv``: federal states of other countries (ISO 3166-2 via pycountry), for the recogniser.
* ``gazetteer_wilayah.tsv``: Indonesian provinces, regencies and cities derived from
  ``../shared/data/gazetteer-id-wilayah`` (cahyadsn/wilayah, Cahya DSN, MIT License).

Run from the repository root: ``.venv/bin/python scripts/build_gazetteers.py``.
The outputs are committed; kabar never needs Babel or the data folder at run time.
"""
from __future__ import annotations

import csv
import gettext
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "src" / "kabar" / "lang" / "id"
WILAYAH = ROOT / ".." / "shared" / "data" / "gazetteer-id-wilayah" / "wilayah_2025.tsv"
NER_DERIVED = ROOT / ".." / "shared" / "data" / "gazetteer-ner-derived"

# CLDR codes that are organisations or currency zones rather than places.
ORG_CODES = {"UN": "ORG", "EU": "ORG", "EZ": "ORG"}
# CLDR pseudo-territories with no use in news text.
SKIP_CODES = {"ZZ", "QO", "XA", "XB", "001"}  # 001 is "Dunia", the world
# Parenthesised or suffixed qualifiers CLDR adds ("Myanmar (Burma)", "Hong Kong DAK Tiongkok").
QUALIFIER = re.compile(r"\s*\(([^)]*)\)|\s+DAK Tiongkok$")
# Words too common to be matched as a bare regency or city name.
MIN_BARE_LEN = 4
# Federations whose states Indonesian news names often: the United States, Australia, Malaysia, India.
STATE_COUNTRIES = frozenset({"US", "AU", "MY", "IN"})


def country_rows() -> list[tuple[str, str, str]]:
    """(surface, canonical, type) for every CLDR territory and ISO country, in Indonesian."""
    from babel import Locale
    import pycountry

    rows: list[tuple[str, str, str]] = []
    id_names = Locale("id").territories
    for code, name in sorted(id_names.items()):
        if code in SKIP_CODES:
            continue
        kind = ORG_CODES.get(code, "LOC" if code.isdigit() else "GPE")
        canonical = QUALIFIER.sub("", name).strip()
        rows.append((canonical, canonical, kind))
        for alt in re.findall(r"\(([^)]*)\)", name):
            rows.append((alt.strip(), canonical, kind))
    trans = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    for country in pycountry.countries:
        canonical = QUALIFIER.sub("", id_names.get(country.alpha_2, "")).strip()
        if not canonical:
            continue
        for name in {trans.gettext(country.name), getattr(country, "common_name", None)}:
            if name and "," not in name and name != canonical:
                rows.append((name, canonical, "GPE"))
    return rows


def english_country_rows(known: set[str]) -> list[tuple[str, str, str]]:
    """The English rows (:func:`_english_rows`) whose surface no Indonesian row has (``known``, casefolded)."""
    from babel import Locale

    rows = _english_rows(Locale("id").territories)
    return [row for row in rows if row[0].casefold() not in known]


def state_rows(known: set[str]) -> list[tuple[str, str, str]]:
    """Federal states of the federations Indonesian news reports on most (``STATE_COUNTRIES``; ISO 3166-2
    subdivisions of type State, via pycountry: "Florida", "Queensland", "Johor") as GPE under their own name. Left out: names some other
    table has (``known``, casefolded), one-word names the NER training splits know as persons
    ("Victoria"), ordinary Indonesian words, and names with brackets or commas."""
    import pycountry
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    dictionary = StemmerFactory().create_stemmer().delegatedStemmer.dictionary
    persons = _training_person_words()
    rows: list[tuple[str, str, str]] = []
    for sub in pycountry.subdivisions:
        name = sub.name
        if sub.type != "State" or sub.country_code not in STATE_COUNTRIES or any(c in name for c in "(),[]"):
            continue
        if name.casefold() in known or " " not in name and (name.casefold() in persons or _is_common_word(name, dictionary)):
            continue
        rows.append((name, name, "GPE"))
    return rows


def _english_rows(id_names: dict[str, str]) -> list[tuple[str, str, str]]:
    """English CLDR names ("United States", "South Korea") under their Indonesian canonical, as news
    quoting English titles and passages writes them. One-word English names that the NER training
    data also knows as persons ("Jordan") are left out: they would break people's names."""
    from babel import Locale

    persons = _training_person_words()
    rows: list[tuple[str, str, str]] = []
    for code, name in sorted(Locale("en").territories.items()):
        if code in SKIP_CODES or code not in id_names or "(" in name or "," in name:
            continue
        if " " not in name and name.casefold() in persons:
            continue
        canonical = QUALIFIER.sub("", id_names[code]).strip()
        rows.append((name, canonical, ORG_CODES.get(code, "LOC" if code.isdigit() else "GPE")))
    return rows


def _training_person_words() -> set[str]:
    """Lower-cased one-word person names in the NER training splits (``gazetteer-ner-derived``)."""
    out: set[str] = set()
    for path in sorted(NER_DERIVED.glob("*_train_entities.tsv")):
        with path.open(encoding="utf-8") as f:
            for rec in csv.DictReader(f, delimiter="\t"):
                if rec["type"] == "PER":
                    out.update(rec["surface"].casefold().split())
    return out


def _is_common_word(word: str, dictionary) -> bool:
    """True when a bare place name is also an ordinary Indonesian word."""
    return dictionary.contains(word.lower()) or len(word) < MIN_BARE_LEN


def wilayah_rows(path: Path) -> list[tuple[str, str, str]]:
    """(surface, canonical, type) for provinces (level 1) and regencies/cities (level 2)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    dictionary = StemmerFactory().create_stemmer().delegatedStemmer.dictionary
    rows: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8") as f:
        for rec in csv.DictReader(f, delimiter="\t"):
            level, name = rec["level"], rec["nama"].strip()
            if level == "1":
                rows.append((name, name, "GPE"))
            elif level == "2":
                rows.extend(_regency_rows(name, dictionary))
    return rows


def _regency_rows(name: str, dictionary) -> list[tuple[str, str, str]]:
    """A regency or city under its full name, and a city under its bare name too."""
    kind, _, bare = name.partition(" ")
    bare = bare.removeprefix("Administrasi ")  # "Kota Administrasi Jakarta Barat"
    rows = [(name, bare if kind == "Kota" else name, "GPE")]
    if kind == "Kota" and not _is_common_word(bare, dictionary):
        rows.append((bare, bare, "GPE"))
    if kind == "Kabupaten":
        rows.append((f"Kab. {bare}", name, "GPE"))
    return rows


def write(path: Path, header: str, rows: list[tuple[str, str, str]]) -> None:
    """Write unique rows, sorted, under a comment header."""
    seen, unique = set(), []
    for row in rows:
        if row[0] and row not in seen:
            seen.add(row)
            unique.append(row)
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        f.write("surface\tcanonical\ttype\n")
        for row in sorted(unique):
            f.write("\t".join(row) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(unique)} rows")


def main() -> int:
    write(OUT_DIR / "gazetteer_countries.tsv",
          "# Generated by scripts/build_gazetteers.py from CLDR (Babel) and ISO 3166 (pycountry) Indonesian names.\n",
          country_rows())
    known = {row[0].casefold() for row in country_rows()}
    write(OUT_DIR / "gazetteer_countries_en.tsv",
          "# Generated by scripts/build_gazetteers.py: English CLDR (Babel) names of countries and regions under\n"
          "# their Indonesian canonical, for English passages and titles quoted in Indonesian news. One-word names\n"
          "# that the NER training splits (../shared/data/gazetteer-ner-derived) know as persons are left out.\n",
          english_country_rows(known))
    known |= {row[0].casefold() for row in english_country_rows(known)}
    write(OUT_DIR / "gazetteer_states.tsv",
          "# Generated by scripts/build_gazetteers.py: states of the US, Australia, Malaysia and India (ISO 3166-2 type State,\n"
          "# pycountry), without names other tables have, persons' names of the NER training splits or ordinary words.\n",
          state_rows(known))
    if not WILAYAH.exists():
        print(f"missing {WILAYAH}; wilayah gazetteer not rebuilt", file=sys.stderr)
        return 1
    write(OUT_DIR / "gazetteer_wilayah.tsv",
          "# Generated by scripts/build_gazetteers.py from cahyadsn/wilayah (Cahya DSN), MIT License:\n"
          "# provinces, regencies (Kabupaten) and cities (Kota) of Indonesia, Kepmendagri 2025.\n",
          wilayah_rows(WILAYAH))
    return 0


if __name__ == "__main__":
    sys.exit(main())

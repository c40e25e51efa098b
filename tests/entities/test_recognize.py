"""Recognition and linking on sentences written for these tests."""

from __future__ import annotations

from sukien.document import Document, Entity
from sukien.entities.link import PeopleMemory
from sukien.entities.stage import EntityStage, extract_entities


def ents(text: str, **meta: object) -> list[Entity]:
    doc = Document(doc="t", text=text)
    for k, v in meta.items():
        setattr(doc, k, v)
    return extract_entities(doc)


def find(es: list[Entity], text: str) -> Entity:
    got = [e for e in es if e.text == text]
    assert got, f"{text!r} not in {[(e.text, e.type) for e in es]}"
    return got[0]


def texts(es: list[Entity], typ: str | None = None) -> set[str]:
    return {e.text for e in es if typ is None or e.type == typ}


def test_offsets_are_exact() -> None:
    text = "Chiều qua, Ngoại trưởng Pháp Jean Dupont đã tới Hà Nội.\nÔng Dupont gặp đại diện ASEAN."
    for e in ents(text):
        assert text[e.start : e.end] == e.text


def test_role_country_name() -> None:
    es = ents("Thủ tướng Malaysia Najib Razak đã tiếp đoàn đại biểu.")
    per = find(es, "Najib Razak")
    assert (per.type, per.role, per.country, per.id) == (
        "PER", "prime minister", "MYS", "PER:najib-razak"
    )  # fmt: skip
    assert find(es, "Malaysia").id == "GPE:MYS"


def test_unknown_name_after_role_and_state() -> None:
    es = ents("Hôm qua, Tổng thống Chile Mateo Fuentes tuyên bố sẽ tăng thuế xuất khẩu đồng.")
    per = find(es, "Mateo Fuentes")
    assert (per.type, per.role, per.country) == ("PER", "president", "CHL")
    assert per.id == "PER:mateo-fuentes"


def test_state_glued_to_a_name_is_split() -> None:
    es = ents("Tổng thống Nga Vladimir Putin phát biểu tại Moskva.")
    assert find(es, "Nga").type == "GPE"
    assert find(es, "Vladimir Putin").type == "PER"
    assert find(es, "Moskva").id == "LOC:moscow"
    assert "Nga Vladimir Putin" not in texts(es)


def test_short_name_links_to_full_name() -> None:
    es = ents(
        "Ngoại trưởng Pháp Jean Dupont tới Jakarta. Trong cuộc gặp, ông Dupont nhấn mạnh vai trò "
        "của ASEAN. Dupont cũng gặp Tổng thống Indonesia."
    )
    ids = {e.id for e in es if e.type == "PER" and "Dupont" in e.text}
    assert ids == {"PER:jean-dupont"}
    assert all(e.country == "FRA" for e in es if e.id == "PER:jean-dupont")


def test_bare_role_refers_to_the_named_holder() -> None:
    es = ents(
        "Ngoại trưởng Nga Sergey Lavrov tới Hà Nội. Sau đó Ngoại trưởng Nga gặp báo chí tại đây."
    )
    refs = [e for e in es if e.text == "Ngoại trưởng Nga"]
    assert refs and refs[0].id == "PER:sergey-lavrov"


def test_counterpart_and_honorific() -> None:
    es = ents("Ông Tanaka Hiroshi hội đàm với người đồng cấp Philippines Maria Santos tại Manila.")
    assert find(es, "Tanaka Hiroshi").type == "PER"
    santos = find(es, "Maria Santos")
    assert (santos.type, santos.country) == ("PER", "PHL")
    assert find(es, "Manila").type == "LOC"


def test_apposition_with_role_and_state() -> None:
    es = ents("Igor Petrenko, Bộ trưởng Năng lượng của Nga, cho biết giá khí đốt sẽ giảm.")
    per = find(es, "Igor Petrenko")
    assert (per.type, per.role, per.country) == ("PER", "energy minister", "RUS")


def test_government_bodies() -> None:
    es = ents("Bộ Ngoại giao Nga và Nhà Trắng đều lên tiếng; Điện Kremlin im lặng.")
    mfa = find(es, "Bộ Ngoại giao Nga")
    assert (mfa.type, mfa.kind, mfa.country, mfa.code) == (
        "ORG", "government-body", "RUS", "MFA_RUS"
    )  # fmt: skip
    assert find(es, "Nhà Trắng").country == "USA"
    assert find(es, "Điện Kremlin").kind == "government-body"


def test_organisations_blocs_and_armed_groups() -> None:
    es = ents(
        "Liên minh kinh tế Á - Âu (EAEU) ký thỏa thuận với ASEAN, còn Hội đồng Bảo an Liên hợp "
        "quốc lên án Taliban và nhóm IS."
    )
    assert find(es, "Liên minh kinh tế Á - Âu").code == "EAEU"
    assert find(es, "EAEU").id == "ORG:EAEU"
    assert find(es, "Taliban").kind == "armed-group"
    assert find(es, "IS").code == "ISIS"
    council = find(es, "Hội đồng Bảo an Liên hợp quốc")  # an organ of the UN acts as the UN
    assert council.code == "UN" and council.id == "ORG:UNSC"


def test_organisation_heads_and_bracketed_names() -> None:
    es = ents(
        "Câu lạc bộ Sakharov đã mời nhiều học giả. Theo viện nghiên cứu an ninh (Brookfield), "
        "căng thẳng đang tăng."
    )
    assert find(es, "Câu lạc bộ Sakharov").type == "ORG"
    assert find(es, "Brookfield").type == "ORG"


def test_media_are_orgs_of_kind_media() -> None:
    es = ents("Theo hãng tin Reuters và Tân Hoa xã, cuộc đàm phán đã kết thúc.")
    for t in ("Reuters", "Tân Hoa xã"):
        e = find(es, t)
        assert (e.type, e.kind) == ("ORG", "media")


def test_ambiguous_state_names_need_context() -> None:
    es = ents("Anh đã tới nhà bà Nga hôm qua. Chị Mỹ cũng có mặt.")
    assert not [e for e in es if e.type == "GPE"]
    es = ents("Quan hệ giữa Anh và Pháp được cải thiện. Anh cũng muốn hợp tác với EU.")
    assert {e.text for e in es if e.id == "GPE:GBR"} == {"Anh"}
    assert len([e for e in es if e.id == "GPE:GBR"]) == 2
    es = ents("Thủ tướng Nguyễn Đức Anh gặp ông Trần Văn Nga.")
    assert not [e for e in es if e.type == "GPE"]
    assert texts(es, "PER") == {"Nguyễn Đức Anh", "Trần Văn Nga"}


def test_currency_is_not_the_state() -> None:
    es = ents("Hai bên ký hợp đồng trị giá 2 tỷ đô la Mỹ.")
    assert not [e for e in es if e.type == "GPE"]


def test_sentence_initial_capitals_and_common_nouns_are_not_names() -> None:
    es = ents(
        "Hội nghị kết thúc tốt đẹp. Tổng thống phát biểu ngắn. Theo kế hoạch, Hai bên sẽ gặp lại."
    )
    assert es == []


def test_vietnamese_reading_for_a_foreign_leader_is_refused() -> None:
    es = ents("Tổng thống Myanmar Ngô Văn Khải gặp Tổng thống Trung Quốc Tập Cận Bình.")
    assert "Ngô Văn Khải" not in texts(es)
    assert find(es, "Tập Cận Bình").id == "PER:xi-jinping"


def test_place_cues() -> None:
    es = ents("Vụ nổ xảy ra tại thành phố Kharzan, miền Đông Ukraine.")
    assert find(es, "Kharzan").type == "LOC"
    assert find(es, "Ukraine").id == "GPE:UKR"


def test_tone_styles_and_spacing_variants_match() -> None:
    es = ents("Đại diện Liên minh Kinh tế Á-Âu và Cộng hoà Séc có mặt.")
    assert find(es, "Liên minh Kinh tế Á-Âu").code == "EAEU"
    assert find(es, "Cộng hoà Séc").code == "CZE"


def test_metadata_media_have_no_offsets() -> None:
    es = ents(
        "Nga và ASEAN ký tuyên bố chung.",
        dateline="Moscow",
        source="TTXVN",
        removed=[
            {"reason": "credit", "text": "(Nguồn: Kyodo)"},
            {"reason": "credit", "text": "(Ảnh: AFP)"},
            {"reason": "caption", "text": "Thủ tướng Medvedev tại hội nghị. (Nguồn: Reuters)"},
        ],
    )
    meta = {e.id: e for e in es if e.start is None}
    assert meta["ORG:VNA"].kind == "media"
    assert "ORG:KYODO" in meta and "ORG:AFP" not in meta and "ORG:REUTERS" not in meta
    assert meta["LOC:moscow"].type == "LOC"
    assert meta["PER:dmitry-medvedev"].type == "PER"
    assert all(e.end is None for e in meta.values())


def test_people_are_linked_across_documents() -> None:
    stage = EntityStage()
    d1 = Document(doc="a", text="Bộ trưởng Tài chính Brazil Paulo Mendes tới Bắc Kinh.")
    d2 = Document(doc="b", text="Hôm nay, ông Mendes tiếp tục chuyến thăm.")
    out = list(stage([d1, d2]))
    ids = [e.id for d in out for e in d.entities if e.type == "PER"]
    assert ids == ["PER:paulo-mendes", "PER:paulo-mendes"]
    assert isinstance(stage.memory, PeopleMemory)


def test_role_of_a_body_and_ambassador_postings() -> None:
    es = ents("Người phát ngôn Bộ Ngoại giao Trung Quốc Lâm Kiếm trả lời báo chí.")
    assert find(es, "Lâm Kiếm").role == "spokesperson"
    assert find(es, "Bộ Ngoại giao Trung Quốc").code == "MFA_CHN"
    es = ents("Đại sứ Việt Nam tại Nga Đặng Minh Khôi dự lễ kỷ niệm.")
    per = find(es, "Đặng Minh Khôi")
    assert (per.role, per.country) == ("ambassador", "VNM")
    assert find(es, "Nga").id == "GPE:RUS"


def test_mid_sentence_short_state_names() -> None:
    es = ents("Quốc hội thông qua dự luật trừng phạt Nga. Nga đã phản đối.")
    assert [e.text for e in es if e.id == "GPE:RUS"] == ["Nga", "Nga"]


def test_short_names_in_compounds_and_minor_cities() -> None:
    es = ents("Quan hệ Mỹ-Trung căng thẳng, còn quan hệ Việt - Nga được củng cố.")
    assert {e.id for e in es if e.type == "GPE"} == {"GPE:USA", "GPE:CHN", "GPE:VNM", "GPE:RUS"}
    assert not ents("Giá dầu Brent tăng mạnh.")
    assert find(ents("Cuộc biểu tình diễn ra tại Brent."), "Brent").type == "LOC"


def test_bare_repeats_of_a_name_found_by_a_pattern() -> None:
    es = ents(
        "Tổng thống Chile Mateo Fuentes tới Lima. Mateo Fuentes gặp báo giới, sau đó Fuentes "
        "rời đi."
    )
    pers = [e for e in es if e.type == "PER"]
    assert [e.text for e in pers] == ["Mateo Fuentes", "Mateo Fuentes", "Fuentes"]
    assert {e.id for e in pers} == {"PER:mateo-fuentes"}


def test_languages_and_currencies_are_not_states() -> None:
    assert not ents("Tài liệu có chú thích song ngữ Việt - Anh và bản dịch tiếng Nga.")
    es = ents("Cộng đồng Việt Nam tại Đức quyên góp 5.000 đô la Mỹ.")
    assert {e.id for e in es if e.type == "GPE"} == {"GPE:VNM", "GPE:DEU"}


def test_place_heads() -> None:
    es = ents("Tàu cá bị xua đuổi gần Bãi Tư Chính, ông Hồ Văn Nam cho biết.")
    assert find(es, "Bãi Tư Chính").type == "LOC"
    assert find(es, "Hồ Văn Nam").type == "PER"


def test_segmented_names_hide_short_state_names() -> None:
    from sukien.nlp.stage import NlpStage

    doc = Document(
        doc="s", text="Ca sĩ Mỹ Linh hát trước Tổng thống Nga Vladimir Putin tại Moskva."
    )
    (doc,) = list(EntityStage()(NlpStage()([doc])))
    assert {e.id for e in doc.entities if e.type == "GPE"} == {"GPE:RUS"}


def test_company_names_after_roles_are_not_people() -> None:
    es = ents("Tổng giám đốc Pacific Air, bà Lê Thị Hoa, cho biết hãng sẽ mở đường bay mới tại TP.")
    assert texts(es, "PER") == {"Lê Thị Hoa"}
    assert not [e for e in es if e.type == "LOC"]


def test_role_of_a_place() -> None:
    es = ents("Thống đốc bang California Laura Brennan phản đối quyết định của Washington.")
    per = find(es, "Laura Brennan")
    assert (per.role, per.country) == ("governor", "USA")
    assert find(es, "California").type == "LOC"


def test_long_names_with_bracketed_short_forms() -> None:
    es = ents("Theo Viện Nghiên cứu Hòa bình Quốc tế Oslo (PRIO), số xung đột tăng.")
    long = find(es, "Viện Nghiên cứu Hòa bình Quốc tế Oslo")
    short = find(es, "PRIO")
    assert long.id == short.id == "ORG:PRIO" and short.name == long.name
    es = ents("Phong trào Không liên kết (NAM) họp tại Kampala.")
    assert find(es, "Phong trào Không liên kết").code == "NAM"


def test_leader_pattern() -> None:
    es = ents("Nhà lãnh đạo Mali Assimi Goita tiếp phái đoàn của Liên minh châu Phi.")
    per = find(es, "Assimi Goita")
    assert (per.type, per.role, per.country) == ("PER", "leader", "MLI")
    assert find(es, "Liên minh châu Phi").code == "AU"


def test_given_names_do_not_link_across_documents() -> None:
    stage = EntityStage()
    d1 = Document(doc="a", text="Ông Nguyễn Văn Quân phát biểu tại hội thảo.")
    d2 = Document(doc="b", text="Sau đó ông Quân rời đi.")
    out = list(stage([d1, d2]))
    assert [e.text for e in out[1].entities] == []


def test_family_name_first() -> None:
    es = ents("Chủ tịch Trung Quốc Tập Cận Bình tới Hà Nội. Ông Tập nói hai nước là láng giềng.")
    assert [e.text for e in es if e.id == "PER:xi-jinping"] == ["Tập Cận Bình", "Tập"]


def test_organisation_after_a_place_preposition() -> None:
    es = ents("Các chuyên gia tại Viện Brookings cho rằng căng thẳng sẽ giảm.")
    assert find(es, "Viện Brookings").type == "ORG"


def test_dashed_appositions_and_name_particles() -> None:
    es = ents("Sau cuộc họp, Tổng thống Áo Alexander Van der Bellen nói hai bên đã đạt thỏa thuận.")
    assert find(es, "Alexander Van der Bellen").country == "AUT"
    assert not [e for e in ents("AB InBev nói chung vẫn tăng trưởng.") if e.type == "PER"]
    es = ents("Igor Petrenko - Bộ trưởng Năng lượng Nga cho biết giá sẽ giảm.")
    assert find(es, "Igor Petrenko").country == "RUS"
    assert not [e for e in ents("Hội nghị Thượng đỉnh nói chung là thành công.") if e.type == "PER"]


def test_title_after_a_named_person_names_the_employer() -> None:
    es = ents(
        "Bà Trần Thị Lan, Tổng giám đốc Skyjet và ông Tom Baker, Chủ tịch Airtex đã ký hợp đồng."
    )
    assert texts(es, "PER") == {"Trần Thị Lan", "Tom Baker"}


def test_adjectival_and_collective_uses_name_the_state() -> None:
    es = ents("Phía Nga cho biết người Mỹ và nước Anh đều được mời; Bình Nhưỡng chưa phản hồi.")
    ids = [e.id for e in es]
    assert ids.count("GPE:RUS") == 1 and "GPE:USA" in ids and "GPE:GBR" in ids
    capital = find(es, "Bình Nhưỡng")
    assert (capital.type, capital.kind, capital.country) == ("LOC", "capital", "PRK")


def test_role_prefixes() -> None:
    es = ents("Phó Chủ tịch Quốc hội Nguyễn Văn Bình và cựu Tổng thống Mỹ Barack Obama gặp nhau.")
    assert find(es, "Nguyễn Văn Bình").role == "vice speaker of parliament"
    assert find(es, "Barack Obama").role == "former president"


def test_place_heads_before_known_places() -> None:
    es = ents("Tàu chở dầu đi qua Eo biển Malacca rồi vào Vịnh Thái Lan.")
    assert find(es, "Eo biển Malacca").type == "LOC"
    assert find(es, "Vịnh Thái Lan").type == "LOC"
    assert not [e for e in es if e.type == "GPE"]


def test_macro_regions_are_neither_entities_nor_states() -> None:
    es = ents("Theo Mỹ, khu vực Ấn Độ - Thái Bình Dương, Ấn Độ Dương và châu Mỹ đều quan trọng.")
    assert [e.id for e in es] == ["GPE:USA"]


def test_degenerate_inputs() -> None:
    stage = EntityStage()
    docs = [
        Document(doc="e", text=""),
        Document(doc="p", text="((()))---,,,\n\n"),
        Document(doc="t", text="Tổng thống"),
        Document(doc="m", text="x", removed=[{"reason": "caption"}, {"reason": "credit"}]),
    ]
    out = list(stage(docs))
    assert [d.entities for d in out] == [[], [], [], []]
    assert stage.counts["out"] == 4


def test_state_words_inside_segmented_words_and_company_names() -> None:
    from sukien.nlp.stage import NlpStage

    doc = Document(doc="s", text="Lễ hội Áo dài diễn ra tại Huế; Vietnam Airlines tài trợ.")
    (doc,) = list(EntityStage()(NlpStage()([doc])))
    assert not [e for e in doc.entities if e.type == "GPE"]
    assert {e.id for e in doc.entities} >= {"ORG:VNAIRLINES", "LOC:hue"}

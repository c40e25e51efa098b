"""DedupStage: repeated paragraphs go, near-duplicate articles are marked and kept."""

from __future__ import annotations

from sukien.dedup.paragraphs import dedup_paragraphs
from sukien.dedup.stage import NUM_PERM, DedupStage
from sukien.document import Document

P1 = (
    "Ngày 12/3, Thủ tướng Việt Nam đã hội đàm với Thủ tướng Nhật Bản tại Hà Nội, hai bên nhất trí "
    "làm sâu sắc hơn quan hệ Đối tác chiến lược toàn diện."
)
P2 = (
    "Nhật Bản sẽ cung cấp khoản vốn vay ưu đãi mới để hỗ trợ Việt Nam xây dựng hạ tầng giao thông "
    "và ứng phó với biến đổi khí hậu ở Đồng bằng sông Cửu Long."
)
P3 = (
    "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký 5 văn kiện hợp tác về năng lượng sạch, chuyển đổi "
    "số, y tế, giáo dục và phòng chống thiên tai."
)
P4 = (
    "Về vấn đề Biển Đông, hai bên nhấn mạnh việc giải quyết tranh chấp bằng biện pháp hòa bình, "
    "trên cơ sở luật pháp quốc tế."
)
OTHER = (
    "Bộ Ngoại giao Pháp thông báo trục xuất hai nhà ngoại giao Iran với cáo buộc hoạt động không "
    "phù hợp với quy chế ngoại giao.\nTehran bác bỏ cáo buộc và triệu tập đại sứ Pháp để phản đối, "
    "đồng thời tuyên bố sẽ có phản ứng thích đáng."
)


def doc(name: str, text: str) -> Document:
    return Document(doc=name, text=text)


def test_exact_and_near_duplicate_paragraphs() -> None:
    near = P2.replace("mới để", "mới nhằm")
    kept, dropped = dedup_paragraphs([P1, P2, P1, near, "Tin ngắn", "Tin ngắn", P3])
    assert kept == [P1, P2, "Tin ngắn", P3]
    assert dropped == [P1, near, "Tin ngắn"]


def test_a_paragraph_that_adds_words_is_kept() -> None:
    longer = "Thủ tướng Nhật Bản cũng nhấn mạnh, " + P2[0].lower() + P2[1:]
    kept, dropped = dedup_paragraphs([P2, longer])
    assert kept == [P2, longer] and dropped == []


def test_stage_removes_paragraphs_and_records_them() -> None:
    st = DedupStage()
    d = st.process(doc("a", "\n".join([P1, P2, P1, P3])))
    assert d.text == "\n".join([P1, P2, P3])
    assert d.removed == [{"reason": "duplicate-paragraph", "text": P1}]
    assert [d.text[s.start : s.end] for s in d.paragraphs] == [P1, P2, P3]
    assert st.counts["duplicate_paragraphs"] == 1


def test_near_duplicate_articles_are_marked_not_dropped() -> None:
    st = DedupStage()
    a = doc("bao-a", "\n".join([P1, P2, P3, P4]))
    b = doc("bao-b", "\n".join(["Báo B đưa tin: " + P1, P2, P3.replace("chứng kiến", "đã dự")]))
    c = doc("bao-c", OTHER)
    d = doc("bao-d", "\n".join([P1, P2, P3, P4, "Hai bên sẽ gặp lại vào năm tới."]))
    out = list(st([a, b, c, d]))
    assert [x.doc for x in out] == ["bao-a", "bao-b", "bao-c", "bao-d"]
    assert [x.duplicate_of for x in out] == [None, "bao-a", None, "bao-a"]
    assert st.counts["duplicates"] == 2 and st.counts["out"] == 4
    assert 0.5 <= out[1].meta["duplicate_similarity"] <= 1.0
    sig = out[0].meta["minhash"]
    assert len(sig) == NUM_PERM and all(isinstance(v, int) for v in sig)


def test_signatures_seed_a_later_run() -> None:
    first = DedupStage()
    a = first.process(doc("bao-a", "\n".join([P1, P2, P3, P4])))
    later = DedupStage()
    later.add_signature("bao-a", a.meta["minhash"])
    again = later.process(doc("bao-a", "\n".join([P1, P2, P3, P4])))
    assert again.duplicate_of is None  # the same article re-ingested is not its own duplicate
    copy = later.process(doc("bao-e", "\n".join([P1, P2, P3, P4])))
    assert copy.duplicate_of == "bao-a"


def test_chains_point_at_the_original() -> None:
    st = DedupStage()
    st.add_signatures(
        [
            (
                "goc",
                DedupStage().process(doc("goc", "\n".join([P1, P2, P3, P4]))).meta["minhash"],
                None,
            )
        ]
    )
    b = st.process(doc("b", "\n".join([P1, P2, P3])))
    c = st.process(doc("c", "\n".join([P2, P3])))
    assert b.duplicate_of == "goc"
    assert c.duplicate_of == "goc"


def test_bad_signature_length() -> None:
    import pytest

    with pytest.raises(ValueError, match="expected 128"):
        DedupStage().add_signature("x", [1, 2, 3])


def test_many_paragraphs_stay_bounded() -> None:
    import random
    import time

    vocab = " ".join([P1, P2, P3, P4]).split()
    paras = [" ".join(random.Random(i).sample(vocab, 25)) for i in range(2000)]
    t0 = time.perf_counter()
    kept, dropped = dedup_paragraphs([*paras, paras[5]])
    assert time.perf_counter() - t0 < 10
    assert kept == paras and dropped == [paras[5]]


def test_very_short_texts_are_never_called_duplicates() -> None:
    st = DedupStage()
    out = list(st([doc("a", "Hai nước ký thỏa thuận."), doc("b", "Hai nước ký thỏa thuận.")]))
    assert [d.duplicate_of for d in out] == [None, None]
    assert all(len(d.meta["minhash"]) == NUM_PERM for d in out)

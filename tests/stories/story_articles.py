"""Hand-written articles for the story tests: two stories, entities and events set by hand."""

from __future__ import annotations

from sukien.document import Actor, Document, Entity, Event, Evidence
from sukien.nlp import split_sentences

RICE = [
    (
        "Việt Nam và Lào ký thỏa thuận hợp tác giống lúa chịu hạn",
        "Ngày 12/3, bộ trưởng nông nghiệp hai nước Việt Nam và Lào ký thỏa thuận hợp tác phát "
        "triển giống lúa chịu hạn tại Viêng Chăn. Hai bên sẽ xây dựng ba trung tâm thử nghiệm "
        "giống lúa chịu hạn ở miền Trung Lào.",
    ),
    (
        "Lào và Việt Nam hợp tác phát triển giống lúa chịu hạn",
        "Thỏa thuận hợp tác phát triển giống lúa chịu hạn giữa Việt Nam và Lào được ký tại Viêng "
        "Chăn. Ba trung tâm thử nghiệm giống lúa sẽ được xây dựng, phía Việt Nam cử kỹ sư sang hỗ "
        "trợ nông dân Lào.",
    ),
    (
        "Khởi công trung tâm thử nghiệm giống lúa chịu hạn ở Lào",
        "Trung tâm thử nghiệm giống lúa chịu hạn đầu tiên theo thỏa thuận hợp tác Việt Nam - Lào "
        "đã khởi công. Các giống lúa chịu hạn mới sẽ được thử nghiệm trên đồng ruộng miền "
        "Trung Lào.",
    ),
]
STORM = [
    (
        "Bão số 3 đổ bộ vào Quảng Ninh, hàng nghìn người sơ tán",
        "Bão số 3 đổ bộ vào tỉnh Quảng Ninh chiều nay với sức gió mạnh cấp 12. Chính quyền đã sơ "
        "tán hàng nghìn người dân khỏi vùng ven biển trước khi bão vào.",
    ),
    (
        "Quảng Ninh sơ tán dân trước khi bão số 3 đổ bộ",
        "Hàng nghìn người dân vùng ven biển Quảng Ninh đã được sơ tán trước khi bão số 3 đổ bộ. "
        "Sức gió mạnh cấp 12 làm nhiều cây xanh bị đổ.",
    ),
]


def make_doc(
    doc: str,
    title: str,
    text: str,
    published: str | None = None,
    entities: tuple[tuple[str, str, str | None], ...] = (),
    dyads: tuple[tuple[str, str, str], ...] = (),
) -> Document:
    d = Document(doc=doc, title=title, text=text, published=published)
    d.sentences = split_sentences(text)
    for eid, etype, kind in entities:
        name = eid.split(":", 1)[1]
        d.entities.append(Entity(name, etype, 0, 0, id=eid, name=name, kind=kind))
    for a, r, t in dyads:
        d.events.append(Event(t, None, Actor(a), Actor(r), Evidence(doc, "", 0, 0)))
    return d


RICE_ENTITIES = (
    ("GPE:VNM", "GPE", "state"),
    ("GPE:LAO", "GPE", "state"),
    ("LOC:vientiane", "LOC", "capital"),
)
STORM_ENTITIES = (("LOC:quang-ninh", "LOC", "region"),)

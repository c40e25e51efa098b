"""Hand-made Documents with entities and events set by hand, and a synthetic corpus generator.

Used by the serving tests (so they do not depend on the quality of the extraction stages) and by
``bench/api_bench.py`` (50,000 synthetic articles). The sentences are written for this project.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sukien.document import Actor, Document, Entity, Event, Evidence, Sentence, Span

if TYPE_CHECKING:
    from sukien.store import Store

# canonical id -> (type, name, code, country, kind)
KNOWN: dict[str, tuple[str, str, str | None, str | None, str]] = {
    "GPE:RUS": ("GPE", "Nga", "RUS", "RUS", "state"),
    "GPE:VNM": ("GPE", "Việt Nam", "VNM", "VNM", "state"),
    "GPE:JPN": ("GPE", "Nhật Bản", "JPN", "JPN", "state"),
    "GPE:USA": ("GPE", "Hoa Kỳ", "USA", "USA", "state"),
    "GPE:CHN": ("GPE", "Trung Quốc", "CHN", "CHN", "state"),
    "GPE:PHL": ("GPE", "Philippines", "PHL", "PHL", "state"),
    "GPE:LAO": ("GPE", "Lào", "LAO", "LAO", "state"),
    "GPE:KHM": ("GPE", "Campuchia", "KHM", "KHM", "state"),
    "GPE:THA": ("GPE", "Thái Lan", "THA", "THA", "state"),
    "GPE:IND": ("GPE", "Ấn Độ", "IND", "IND", "state"),
    "GPE:KOR": ("GPE", "Hàn Quốc", "KOR", "KOR", "state"),
    "ORG:ASEAN": ("ORG", "ASEAN", "ASEAN", None, "organisation"),
    "ORG:EU": ("ORG", "Liên minh châu Âu", "EU", None, "organisation"),
    "ORG:TTXVN": ("ORG", "TTXVN", "TTXVN", "VNM", "media"),
    "PER:vladimir-putin": ("PER", "Vladimir Putin", None, "RUS", "person"),
    "LOC:sochi": ("LOC", "Sochi", None, "RUS", "city"),
    "LOC:ha-noi": ("LOC", "Hà Nội", None, "VNM", "capital"),
    "LOC:bien-dong": ("LOC", "Biển Đông", None, None, "region"),
    "LOC:moskva": ("LOC", "Moskva", None, "RUS", "capital"),
}

# PLOVER type -> (quad class, score): 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
PLOVER: dict[str, tuple[int, float]] = {
    "CONSULT": (1, 1.0),
    "AGREE": (1, 3.0),
    "SUPPORT": (1, 3.5),
    "COOPERATE": (2, 6.0),
    "AID": (2, 7.0),
    "REQUEST": (1, -0.5),
    "ACCUSE": (3, -2.0),
    "PROTEST": (3, -3.0),
    "REJECT": (3, -4.0),
    "THREATEN": (3, -6.0),
    "SANCTION": (4, -5.0),
    "ASSAULT": (4, -9.0),
}


@dataclass(frozen=True)
class EventSpec:
    """An event to place in a hand-made article: trigger and argument surfaces."""

    type: str
    actor: str  # entity id
    recipient: str | None
    trigger: str
    actor_text: str
    recipient_text: str | None = None
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    topic: str | None = None
    modality: str = "asserted"
    date_source: str | None = None  # default: "sentence" when dated
    location_source: str | None = None  # default: "sentence" when placed


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.find(needle, start)
    if i < 0:
        raise ValueError(f"{needle!r} not in text")
    return i, i + len(needle)


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(Sentence(text[start : i + 1], start, i + 1))
            start = i + 2
    if start < len(text):
        out.append(Sentence(text[start:], start, len(text)))
    return out


def _actor(eid: str | None, start: int | None = None, end: int | None = None) -> Actor | None:
    if eid is None:
        return None
    typ, name, code, country, _ = KNOWN[eid]
    return Actor(code=code or country, name=name, entity_id=eid, start=start, end=end)


def make_document(
    doc: str,
    title: str,
    text: str,
    *,
    source: str,
    published: str | None,
    mentions: list[tuple[str, str]],
    events: list[EventSpec] = (),  # type: ignore[assignment]
    url: str | None = None,
) -> Document:
    """A Document whose entity mentions (surface, id) and events are located by string search.

    Each surface is found after the previous occurrence of the same surface, so repeated
    names get distinct offsets.
    """
    d = Document(doc=doc, title=title, text=text, source=source, published=published, url=url)
    d.sentences = _sentences(text)
    seen: dict[str, int] = {}
    for surface, eid in mentions:
        s, e = _find(text, surface, seen.get(surface, 0))
        seen[surface] = e
        typ, name, code, country, kind = KNOWN[eid]
        d.entities.append(Entity(surface, typ, s, e, eid, name, code, country, None, kind))
    d.entities.sort(key=lambda x: x.start)
    for spec in events:
        ts, te = _find(text, spec.trigger)
        sent = next(x for x in d.sentences if x.start <= ts < x.end)
        as_, ae = _find(text, spec.actor_text, sent.start)
        spans = {"actor": Span(as_, ae)}
        recipient = None
        if spec.recipient:
            rs, re_ = _find(text, spec.recipient_text or "", sent.start)
            spans["recipient"] = Span(rs, re_)
            recipient = _actor(spec.recipient, rs, re_)
        quad, score = PLOVER[spec.type]
        d.events.append(
            Event(
                type=spec.type,
                mode=spec.mode,
                actor=_actor(spec.actor, as_, ae),
                recipient=recipient,
                evidence=Evidence(doc, sent.text, sent.start, sent.end, Span(ts, te), spans),
                date=spec.date,
                date_source=spec.date_source or ("sentence" if spec.date else None),
                location=spec.location,
                location_source=spec.location_source or ("sentence" if spec.location else None),
                topic=spec.topic,
                modality=spec.modality,
                quad_class=quad,
                score=score,
                confidence=0.9,
                trigger=spec.trigger,
            )
        )
    return d


def sample_documents() -> list[Document]:
    """Five short articles: a story told by two sources, a conflict, and one with markup."""
    return [
        make_document(
            "nga-asean-sochi",
            "Nga và ASEAN nhất trí thúc đẩy hợp tác kinh tế",
            "Tổng thống Nga Vladimir Putin đã hội đàm với lãnh đạo ASEAN tại Sochi ngày 19/5. "
            "Hai bên nhất trí thúc đẩy thương mại và đầu tư trong khu vực. "
            "Nga cam kết cung cấp học bổng cho sinh viên các nước ASEAN.",
            source="TTXVN",
            published="2026-05-20",
            url="https://example.org/nga-asean-sochi",
            mentions=[
                ("Nga", "GPE:RUS"),
                ("Vladimir Putin", "PER:vladimir-putin"),
                ("ASEAN", "ORG:ASEAN"),
                ("Sochi", "LOC:sochi"),
                ("Nga", "GPE:RUS"),
                ("ASEAN", "ORG:ASEAN"),
            ],
            events=[
                EventSpec(
                    "CONSULT",
                    "GPE:RUS",
                    "ORG:ASEAN",
                    "hội đàm",
                    "Vladimir Putin",
                    "ASEAN",
                    mode="multilateral",
                    date="2026-05-19",
                    location="Sochi",
                    topic="diplomacy",
                ),
                EventSpec(
                    "AGREE",
                    "GPE:RUS",
                    "ORG:ASEAN",
                    "nhất trí",
                    "Hai bên",
                    "Hai bên",
                    date="2026-05-19",
                    date_source="context",  # the meeting's sentence states it
                    location="Sochi",
                    location_source="context",  # and names the place
                    topic="trade",
                ),
                EventSpec(
                    "AID",
                    "GPE:RUS",
                    "ORG:ASEAN",
                    "cung cấp",
                    "Nga",
                    "ASEAN",
                    topic="education",
                    modality="planned",
                ),
            ],
        ),
        make_document(
            "vov-putin-sochi",
            "Tổng thống Putin gặp các nhà lãnh đạo ASEAN ở Sochi",
            "Ông Vladimir Putin hội đàm với các nhà lãnh đạo ASEAN tại thành phố Sochi của Nga. "
            "Các bên bàn về an ninh năng lượng và kết nối giao thông.",
            source="VOV",
            published="2026-05-19",
            mentions=[
                ("Vladimir Putin", "PER:vladimir-putin"),
                ("ASEAN", "ORG:ASEAN"),
                ("Sochi", "LOC:sochi"),
                ("Nga", "GPE:RUS"),
            ],
            events=[
                EventSpec(
                    "CONSULT",
                    "GPE:RUS",
                    "ORG:ASEAN",
                    "hội đàm",
                    "Vladimir Putin",
                    "ASEAN",
                    mode="multilateral",
                    date="2026-05-19",
                    location="Sochi",
                    topic="diplomacy",
                ),
            ],
        ),
        make_document(
            "viet-nam-nhat-ban",
            "Việt Nam và Nhật Bản ký thỏa thuận hợp tác năng lượng",
            "Bộ trưởng Ngoại giao Việt Nam tiếp Đại sứ Nhật Bản tại Hà Nội hôm 3/6. "
            "Hai nước ký kết thỏa thuận hợp tác về năng lượng sạch.",
            source="Báo Quốc tế",
            published="2026-06-04",
            mentions=[
                ("Việt Nam", "GPE:VNM"),
                ("Nhật Bản", "GPE:JPN"),
                ("Hà Nội", "LOC:ha-noi"),
            ],
            events=[
                EventSpec(
                    "CONSULT",
                    "GPE:VNM",
                    "GPE:JPN",
                    "tiếp",
                    "Việt Nam",
                    "Nhật Bản",
                    mode="visit",
                    date="2026-06-03",
                    location="Hà Nội",
                    topic="diplomacy",
                ),
                EventSpec(
                    "COOPERATE",
                    "GPE:VNM",
                    "GPE:JPN",
                    "ký kết",
                    "Hai nước",
                    "Hai nước",
                    date="2026-06-03",
                    location="Hà Nội",
                    topic="energy",
                ),
            ],
        ),
        make_document(
            "my-trung-an-ninh-mang",
            "Mỹ chỉ trích Trung Quốc về an ninh mạng",
            "Một trang tin đăng đoạn mã <script>alert('xss')</script> để thử hệ thống bảo mật. "
            "Hoa Kỳ chỉ trích Trung Quốc về các vụ tấn công mạng nhằm vào cơ quan chính phủ.",
            source="VnExpress",
            published="2026-06-10",
            mentions=[("Hoa Kỳ", "GPE:USA"), ("Trung Quốc", "GPE:CHN")],
            events=[
                EventSpec(
                    "ACCUSE",
                    "GPE:USA",
                    "GPE:CHN",
                    "chỉ trích",
                    "Hoa Kỳ",
                    "Trung Quốc",
                    date="2026-06-10",
                    topic="security",
                ),
            ],
        ),
        make_document(
            "philippines-bien-dong",
            "Philippines phản đối tàu Trung Quốc trên Biển Đông",
            "Philippines phản đối việc tàu Trung Quốc áp sát tàu tiếp tế trên Biển Đông. "
            "Trung Quốc bác bỏ cáo buộc của Philippines.",
            source="Báo Quốc tế",
            published="2026-06-12",
            mentions=[
                ("Philippines", "GPE:PHL"),
                ("Trung Quốc", "GPE:CHN"),
                ("Biển Đông", "LOC:bien-dong"),
                ("Trung Quốc", "GPE:CHN"),
                ("Philippines", "GPE:PHL"),
            ],
            events=[
                EventSpec(
                    "PROTEST",
                    "GPE:PHL",
                    "GPE:CHN",
                    "phản đối",
                    "Philippines",
                    "Trung Quốc",
                    date="2026-06-12",
                    location="Biển Đông",
                    topic="security",
                ),
                EventSpec(
                    "REJECT",
                    "GPE:CHN",
                    "GPE:PHL",
                    "bác bỏ",
                    "Trung Quốc",
                    "Philippines",
                    date="2026-06-12",
                    topic="security",
                ),
            ],
        ),
    ]


_STATES = [k for k, v in KNOWN.items() if v[4] == "state"] + ["ORG:ASEAN", "ORG:EU"]
_PLACES = ["LOC:sochi", "LOC:ha-noi", "LOC:moskva", "LOC:bien-dong"]
_TRIGGERS = {
    "CONSULT": "hội đàm với",
    "AGREE": "nhất trí với",
    "COOPERATE": "ký kết hợp tác với",
    "AID": "viện trợ cho",
    "ACCUSE": "chỉ trích",
    "PROTEST": "phản đối",
    "SANCTION": "trừng phạt",
    "THREATEN": "đe dọa",
}
_TOPICS = ["kinh tế", "thương mại", "năng lượng", "quốc phòng", "du lịch", "giáo dục"]
_SOURCES = ["TTXVN", "VOV", "Báo Quốc tế", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Nhân Dân"]


def synthetic_documents(n: int, seed: int = 1) -> Iterator[Document]:
    """``n`` generated articles, each with two or three states, a place and one or two events."""
    rng = random.Random(seed)
    for i in range(n):
        a, b = rng.sample(_STATES, 2)
        place = rng.choice(_PLACES)
        topic = rng.choice(_TOPICS)
        y, m, d = 2020 + rng.randrange(7), 1 + rng.randrange(12), 1 + rng.randrange(28)
        date = f"{y:04d}-{m:02d}-{d:02d}"
        ev_types = rng.sample(list(_TRIGGERS), rng.choice((1, 2)))
        na, nb, npl = KNOWN[a][1], KNOWN[b][1], KNOWN[place][1]
        sents = [
            f"Phái đoàn {na} {_TRIGGERS[t]} {nb} tại {npl} về {topic} số {i}." for t in ev_types
        ]
        sents.append(f"Bản tin {i} của {rng.choice(_SOURCES)} nêu thêm chi tiết về {topic}.")
        text = " ".join(sents)
        mentions: list[tuple[str, str]] = []
        specs = []
        for t in ev_types:
            mentions += [(na, a), (nb, b), (npl, place)]
            specs.append(
                EventSpec(t, a, b, _TRIGGERS[t], na, nb, date=date, location=npl, topic=topic)
            )
        yield make_document(
            f"syn-{i:06d}",
            f"{na} {_TRIGGERS[ev_types[0]]} {nb} ({i})",
            text,
            source=rng.choice(_SOURCES),
            published=date,
            mentions=mentions,
            events=specs,
        )


def add_story(
    store: Store,
    title: str,
    docs: list[str],
    summary_sentences: list[tuple[str, str]],
) -> int:
    """Store a story over the articles named by ``docs`` with a cited summary (for tests/demos).

    ``summary_sentences``: (sentence, doc) pairs. Normally the stories stage writes stories.
    """
    from sqlalchemy import select

    from sukien.store.models import Article, Story, StoryArticle

    with store.session() as s:
        arts = s.scalars(select(Article).where(Article.doc.in_(docs))).all()
        by_doc = {a.doc: a for a in arts}
        dates = sorted(a.published for a in arts if a.published)
        st = Story(
            title=title,
            start_date=dates[0] if dates else None,
            end_date=dates[-1] if dates else None,
            summary=" ".join(t for t, _ in summary_sentences),
            summary_sentences=[
                {"text": t, "doc": d, "article_id": by_doc[d].id if d in by_doc else None}
                for t, d in summary_sentences
            ],
            top_entities=[],
            num_articles=len(arts),
        )
        s.add(st)
        s.flush()
        s.add_all(StoryArticle(story_id=st.id, article_id=a.id) for a in arts)
        return st.id


def build_sample_store(url: str) -> Store:
    """A store at ``url`` holding ``sample_documents()`` and one story over the Sochi articles."""
    from sukien.store import open_store

    store = open_store(url)
    for d in sample_documents():
        store.save_document(d)
    add_story(
        store,
        "Nga và ASEAN hội đàm tại Sochi",
        ["nga-asean-sochi", "vov-putin-sochi"],
        [
            (
                "Tổng thống Nga Vladimir Putin đã hội đàm với lãnh đạo ASEAN tại Sochi ngày 19/5.",
                "nga-asean-sochi",
            ),
            ("Các bên bàn về an ninh năng lượng và kết nối giao thông.", "vov-putin-sochi"),
        ],
    )
    return store

"""The store on SQLite and a real PostgreSQL: writes, idempotency, merging, isolation."""

from __future__ import annotations

import pytest
from datasketch import MinHash
from sqlalchemy import func, inspect, select

from sukien.document import Document, Entity, Rejected
from sukien.store import open_store
from sukien.store.models import (
    Article,
    ArticleMinhash,
    Base,
    EntityMention,
    Event,
    EventMention,
    Rejection,
    Run,
    Sentence,
    Story,
    StoryArticle,
    ValueMention,
)
from sukien.store.models import Entity as EntityRow


def counts(store) -> dict[str, int]:
    with store.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }


def test_save_document_stores_everything(db_url: str, meeting_doc: Document) -> None:
    text = meeting_doc.text
    meeting_doc.values = [Entity("19/5", "DATE", text.index("19/5"), text.index("19/5") + 4,
                                 value="2024-05-19")]  # fmt: skip
    with open_store(db_url) as store:
        res = store.save_document(meeting_doc)
        assert res.status == "stored" and res.events_new == 1
        with store.session() as s:
            art = s.get_one(Article, res.article_id)
            assert art.hash == meeting_doc.hash and art.text == text
            assert art.paragraphs == [[0, len(text)]]
            assert [x.index for x in art.sentences] == [0, 1]
            ments = {m.entity_id: m for m in art.entity_mentions}
            assert set(ments) == {"GPE:RUS", "GPE:VNM", "LOC:da-nang"}
            m = ments["GPE:VNM"]
            assert text[m.start : m.end] == "Việt Nam" and m.sentence == 0
            assert s.get_one(EntityRow, "GPE:RUS").code == "RUS"
            (v,) = art.value_mentions
            assert v.value == "2024-05-19" and v.type == "DATE"
            (em,) = art.event_mentions
            assert em.actor_code == "RUS" and em.recipient_code == "VNM"
            t0, t1 = em.spans["trigger"]
            assert text[t0:t1] == "hội đàm" and em.sentence_index == 0
            ev = em.event
            assert ev.num_mentions == 1 and ev.num_sources == 1 and ev.date == "2024-05-19"


def test_reingest_changes_nothing(make_doc, db_url: str, meeting_doc: Document) -> None:
    with open_store(db_url) as store:
        store.save_document(meeting_doc)
        before = counts(store)
        with store.session() as s:
            stamps = (
                s.scalars(select(Article.ingested_at)).all(),
                s.scalars(select(Event.last_seen)).all(),
            )
        again = make_doc(meeting_doc.doc, meeting_doc.text, title=meeting_doc.title)
        again.events = meeting_doc.events
        res = store.save_document(again)
        assert res.status == "unchanged"
        assert counts(store) == before
        with store.session() as s:
            assert stamps == (
                s.scalars(select(Article.ingested_at)).all(),
                s.scalars(select(Event.last_seen)).all(),
            )


def test_unlinked_entities_get_a_stable_id(make_doc, db_url: str) -> None:
    d = make_doc(
        "x", "Ông Nguyễn Văn Thử phát biểu.", entities=[("Nguyễn Văn Thử", "PER", None, None)]
    )
    d.entities[0].id = None
    with open_store(db_url) as store:
        store.save_document(d)
        with store.session() as s:
            assert s.scalars(select(EntityMention.entity_id)).all() == ["PER:nguyen-van-thu"]


def test_entities_are_upserted_across_articles(make_doc, db_url: str) -> None:
    a = make_doc(
        "a", "Liên bang Nga gửi công hàm.", entities=[("Liên bang Nga", "GPE", "GPE:RUS", "RUS")]
    )
    b = make_doc("b", "Nga phản đối. Nga cảnh báo.", entities=[("Nga", "GPE", "GPE:RUS", "RUS")])
    with open_store(db_url) as store:
        store.save_document(a)
        store.save_document(b)
        with store.session() as s:
            ent = s.get_one(EntityRow, "GPE:RUS")
            assert sorted(ent.aliases) == ["Liên bang Nga", "Nga"]
            assert ent.num_mentions == 3 and ent.num_articles == 2
            assert s.scalar(select(func.count()).select_from(EntityRow)) == 1


def _event_doc(make_doc, doc: str, source: str, date: str | None, actor: str = "RUS",
               recipient: str = "VNM", published: str = "2024-05-20") -> Document:  # fmt: skip
    text = f"Bộ trưởng Ngoại giao hai nước hội đàm tại Hà Nội. Nguồn {doc}."
    return make_doc(doc, text, source=source, published=published, events=[
        {"type": "CONSULT", "actor": actor, "recipient": recipient, "trigger": "hội đàm",
         "date": date, "location": "Hà Nội"}])  # fmt: skip


def test_mentions_of_one_event_merge_across_sources(make_doc, db_url: str) -> None:
    with open_store(db_url) as store:
        r1 = store.save_document(_event_doc(make_doc, "a", "TTXVN", "2024-05-19"))
        r2 = store.save_document(
            _event_doc(make_doc, "b", "VOV", "2024-05-19", actor="VNM", recipient="RUS")
        )
        r3 = store.save_document(_event_doc(make_doc, "c", "VOV", "2024-05-20"))
        # different dyad, far date: new events
        r4 = store.save_document(_event_doc(make_doc, "d", "VOV", "2024-05-19", recipient="CHN"))
        r5 = store.save_document(_event_doc(make_doc, "e", "VOV", "2023-01-02"))
        assert (r1.events_new, r2.events_merged, r3.events_merged) == (1, 1, 1)
        assert r4.events_new == 1 and r5.events_new == 1
        with store.session() as s:
            first = s.scalars(select(Event).order_by(Event.id)).first()
            assert (first.num_mentions, first.num_articles, first.num_sources) == (3, 3, 2)
            assert s.scalar(select(func.count()).select_from(Event)) == 3
            assert s.scalar(select(func.count()).select_from(EventMention)) == 5


def test_undated_mentions_merge_only_when_published_together(make_doc, db_url: str) -> None:
    with open_store(db_url) as store:
        store.save_document(_event_doc(make_doc, "a", "TTXVN", None, published="2024-05-20"))
        b = store.save_document(_event_doc(make_doc, "b", "VOV", None, published="2024-05-21"))
        c = store.save_document(_event_doc(make_doc, "c", "VOV", None, published="2024-09-01"))
        assert b.events_merged == 1 and c.events_new == 1


def test_duplicate_links_are_resolved(make_doc, db_url: str) -> None:
    a = make_doc("goc", "Việt Nam và Lào ký hiệp định thương mại mới.")
    b = make_doc("ban-sao", "Việt Nam và Lào đã ký hiệp định thương mại mới.")
    b.duplicate_of = "goc"
    with open_store(db_url) as store:
        ra = store.save_document(a)
        rb = store.save_document(b)
        assert rb.duplicate_of_id == ra.article_id
        with store.session() as s:
            assert s.get_one(Article, rb.article_id).duplicate_of_article.doc == "goc"


def test_minhash_signatures_round_trip(make_doc, db_url: str) -> None:
    mh = MinHash(num_perm=64, seed=7)
    for w in ["việt", "nam", "và", "lào", "ký", "hiệp", "định"]:
        mh.update(w.encode())
    d = make_doc("mh", "Việt Nam và Lào ký hiệp định.")
    d.meta = {"minhash": mh, "encoding": "utf-8"}
    with open_store(db_url) as store:
        store.save_document(d)
        (sig,) = store.minhashes()
        assert sig.doc == "mh" and sig.seed == 7 and sig.scheme == mh.scheme
        assert (sig.hashvalues == mh.hashvalues).all()
        assert sig.to_minhash().jaccard(mh) == 1.0
        with store.session() as s:
            assert s.scalar(select(ArticleMinhash.num_perm)) == 64
            assert s.scalar(select(Article.meta)) == {"encoding": "utf-8"}


def test_failed_document_leaves_nothing_and_earlier_ones_stay(make_doc, db_url: str) -> None:
    good = make_doc("tot", "Campuchia và Thái Lan nối lại đối thoại.",
                     entities=[("Campuchia", "GPE", "GPE:KHM", "KHM")])  # fmt: skip
    bad = make_doc(
        "hong", "Lào tổ chức hội nghị khu vực.", entities=[("Lào", "GPE", "GPE:LAO", "LAO")]
    )
    bad.entities[0].type = None  # NOT NULL violation, raised after the article row was written
    with open_store(db_url) as store:
        store.save_document(good)
        with pytest.raises(Exception):  # noqa: B017 - any database error
            store.save_document(bad)
        store.save_document(make_doc("sau", "Myanmar ân xá tù nhân."))
        with store.session() as s:
            assert sorted(s.scalars(select(Article.doc))) == ["sau", "tot"]
            assert s.get(EntityRow, "GPE:LAO") is None
            assert s.scalar(select(func.count()).select_from(Sentence)) == 2
            assert s.scalar(select(func.count()).select_from(ValueMention)) == 0
        assert store.search("Lao").total == 0


def test_runs_and_rejections(db_url: str) -> None:
    with open_store(db_url) as store:
        rid = store.start_run("ingest", ["a/", "b.txt"])
        store.add_rejections([Rejected("b.txt", "empty file", "ingest")], rid)
        store.finish_run(rid, read=2, stored=1, rejected=1, counts={"ingest": {"in": 2}})
        with store.session() as s:
            run = s.get_one(Run, rid)
            assert run.finished_at is not None and run.counts == {"ingest": {"in": 2}}
            (rej,) = s.scalars(select(Rejection)).all()
            assert (rej.source, rej.reason, rej.run_id) == ("b.txt", "empty file", rid)


def test_open_store_creates_every_table(db_url: str) -> None:
    with open_store(db_url) as store:
        names = set(inspect(store.engine).get_table_names())
        assert {t.name for t in Base.metadata.sorted_tables} <= names
        assert ("article_fts" if store.dialect == "sqlite" else "article_search") in names


def test_one_event_reported_twice_in_one_article_is_one_event(make_doc, db_url: str) -> None:
    text = "Nga và Trung Quốc tập trận chung. Cuộc tập trận kéo dài một tuần."
    d = make_doc("tap-tran", text, published=None, events=[
        {"type": "COOPERATE", "actor": "RUS", "recipient": "CHN", "trigger": "tập trận chung"},
        {"type": "COOPERATE", "actor": "CHN", "recipient": "RUS", "trigger": "Cuộc tập trận"},
    ])  # fmt: skip
    with open_store(db_url) as store:
        res = store.save_document(d)
        assert (res.events_new, res.events_merged) == (1, 1)
        with store.session() as s:
            (ev,) = s.scalars(select(Event)).all()
            assert (ev.num_mentions, ev.num_articles) == (2, 1)


def test_documents_come_back_as_they_were_saved(db_url: str, meeting_doc: Document) -> None:
    with open_store(db_url) as store:
        aid = store.save_document(meeting_doc).article_id
        (back,) = store.documents([aid])
        assert back.hash == meeting_doc.hash and back.meta["article_id"] == aid
        assert [(s.start, s.end) for s in back.sentences] == [
            (s.start, s.end) for s in meeting_doc.sentences
        ]
        assert {(e.id, e.start, e.end) for e in back.entities} == {
            (e.id, e.start, e.end) for e in meeting_doc.entities
        }
        (ev,) = back.events
        orig = meeting_doc.events[0]
        assert (ev.type, ev.actor.code, ev.recipient.code, ev.date) == (
            orig.type, orig.actor.code, orig.recipient.code, orig.date
        )  # fmt: skip
        assert ev.evidence.trigger == orig.evidence.trigger and ev.evidence.doc == "hop-mat"


def test_stories_are_saved_and_replaced(make_doc, db_url: str) -> None:
    with open_store(db_url) as store:
        a = store.save_document(make_doc("a", "Lào mở cửa khẩu mới.", published="2024-01-03"))
        b = store.save_document(make_doc("b", "Cửa khẩu mới đón khách.", published="2024-01-05"))
        sid = store.save_story(
            [a.article_id, b.article_id],
            title="Cửa khẩu mới",
            summary="Lào mở cửa khẩu mới.",
            summary_sentences=[{"text": "Lào mở cửa khẩu mới.", "doc": "a"}],
        )
        with store.session() as s:
            st = s.get_one(Story, sid)
            assert (st.start_date, st.end_date, st.num_articles) == ("2024-01-03", "2024-01-05", 2)
            assert st.summary_sentences[0]["doc"] == "a"
        store.save_story([b.article_id], story_id=sid, title="Chỉ một bài")
        with store.session() as s:
            assert s.scalars(select(StoryArticle.article_id)).all() == [b.article_id]
            assert s.get_one(Story, sid).title == "Chỉ một bài"
        with pytest.raises(ValueError, match="no stored article"):
            store.save_story([999])


def test_published_date_times_are_kept_as_dates(make_doc, db_url: str) -> None:
    d = make_doc(
        "gio", "Singapore công bố số liệu thương mại.", published="2024-05-20T08:30:00+07:00"
    )
    with open_store(db_url) as store:
        store.save_document(d)
        with store.session() as s:
            assert s.scalar(select(Article.published)) == "2024-05-20"


def test_old_events_of_a_busy_dyad_still_merge(make_doc, db_url: str, monkeypatch) -> None:
    from sukien.store import write

    monkeypatch.setattr(write, "MERGE_CANDIDATES", 2)
    with open_store(db_url) as store:
        store.save_document(_event_doc(make_doc, "cu", "TTXVN", "2023-02-10"))
        for i, day in enumerate(["2024-01-05", "2024-02-05", "2024-03-05"]):
            store.save_document(_event_doc(make_doc, f"moi{i}", "VOV", day))
        # newer events of the same dyad are dated far away: the old one is still a candidate
        late = store.save_document(_event_doc(make_doc, "bao-sau", "VOV", "2023-02-11"))
        assert late.events_merged == 1

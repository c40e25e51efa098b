"""The ingest job over real files: counts, bad files, re-runs, near-duplicates across runs.

Runs the real ingest, clean and dedup stages only (no word segmentation), to stay fast.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from sukien.store import open_store
from sukien.store.jobs import ingest
from sukien.store.models import Article, Base, Rejection, Run

STAGES = ("clean", "dedup")

BODY = (
    "Bộ trưởng Ngoại giao Việt Nam đã có cuộc hội đàm với người đồng cấp Thái Lan tại Hà Nội.\n"
    "Hai bên nhất trí thúc đẩy thương mại song phương đạt mục tiêu mới trong ba năm tới.\n"
    "Phía Thái Lan đề nghị mở thêm đường bay thẳng giữa hai thủ đô và các thành phố du lịch.\n"
    "Hai bộ trưởng cũng trao đổi về hợp tác quản lý nguồn nước sông Mê Kông và biến đổi khí hậu.\n"
)
OTHER = (
    "Quốc hội Indonesia thông qua luật mới về đầu tư nước ngoài trong lĩnh vực năng lượng sạch.\n"
    "Theo luật này, doanh nghiệp nước ngoài được sở hữu tới bảy mươi phần trăm vốn dự án.\n"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    p = folder / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def table_counts(store) -> dict[str, int]:
    with store.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
            if t.name != "runs"  # the run log grows by one row per run, by design
        }


def test_counts_add_up_and_a_bad_file_in_the_middle_loses_nothing(
    db_url: str, tmp_path: Path
) -> None:
    write(tmp_path, "1_hoi-dam.txt", "Việt Nam và Thái Lan hội đàm\n\n" + BODY)
    write(tmp_path, "2_hong.txt", b"Tin t\xe1c \x80\x81 khong phai UTF-8 \xc3\x28" * 50)
    write(tmp_path, "3_rong.txt", "")
    write(tmp_path, "4_indonesia.txt", "Indonesia thông qua luật đầu tư\n\n" + OTHER)
    with open_store(db_url) as store:
        rep = ingest([str(tmp_path)], store, stages=STAGES)
        assert rep.read == 4
        assert rep.read == rep.stored + rep.unchanged + len(rep.rejected)
        assert rep.stored == 2 and len(rep.rejected) == 2
        assert rep.counts["store"]["in"] == 2 and rep.counts["store"]["new"] == 2
        with store.session() as s:
            assert sorted(s.scalars(select(Article.doc))) == ["1_hoi-dam", "4_indonesia"]
            reasons = {Path(r.source).name: r.reason for r in s.scalars(select(Rejection))}
            assert set(reasons) == {"2_hong.txt", "3_rong.txt"}
            assert "empty" in reasons["3_rong.txt"]
            run = s.get_one(Run, rep.run_id)
            assert (run.read, run.stored, run.rejected) == (4, 2, 2)
            assert run.counts["dedup"]["in"] == 2


def test_rerun_changes_nothing(db_url: str, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Việt Nam và Thái Lan hội đàm\n\n" + BODY)
    write(tmp_path, "b.txt", "")
    with open_store(db_url) as store:
        ingest([str(tmp_path)], store, stages=STAGES)
        before = table_counts(store)
        with store.session() as s:
            stamps = s.scalars(select(Article.ingested_at)).all()
        again = ingest([str(tmp_path)], store, stages=STAGES)
        assert (again.stored, again.unchanged, len(again.rejected)) == (0, 1, 1)
        assert table_counts(store) == before
        with store.session() as s:
            assert s.scalars(select(Article.ingested_at)).all() == stamps
            assert s.scalar(select(func.count()).select_from(Run)) == 2


def test_near_duplicates_are_found_across_runs(db_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "run1", tmp_path / "run2"
    first.mkdir()
    second.mkdir()
    write(first, "goc.txt", "Việt Nam và Thái Lan hội đàm\n\n" + BODY)
    write(
        second,
        "ban-lai.txt",
        "Việt Nam, Thái Lan hội đàm tại Hà Nội\n\n" + BODY.replace("ba năm", "năm năm"),
    )
    write(second, "khac.txt", "Indonesia thông qua luật đầu tư\n\n" + OTHER)
    with open_store(db_url) as store:
        ingest([str(first)], store, stages=STAGES)
        rep = ingest([str(second)], store, stages=STAGES)
        assert rep.stored == 2 and rep.duplicates == 1
        stats = store.stats()
        assert [(d.doc, d.original) for d in stats.duplicates] == [("ban-lai", "goc")]
        assert stats.counts["duplicates"] == 1

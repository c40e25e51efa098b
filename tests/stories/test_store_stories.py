"""update_stories on SQLite and PostgreSQL: grouping, idempotence, incremental joins, CLI."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sukien.cli import app
from sukien.document import Document
from sukien.store import open_store
from sukien.store.story_update import list_stories, update_stories


def test_stories_grow_incrementally_with_summaries(
    db_url: str, rice_docs: list[Document], storm_docs: list[Document]
) -> None:
    with open_store(db_url) as store:
        for d in [rice_docs[0], storm_docs[0], rice_docs[1]]:
            store.save_document(d)
        first = update_stories(store)
        assert first.assigned == 3 and len(first.created) == 2 and not first.updated
        assert update_stories(store).assigned == 0  # nothing new: nothing changes

        store.save_document(rice_docs[2])
        store.save_document(storm_docs[1])
        second = update_stories(store)
        assert second.assigned == 2 and not second.created
        assert sorted(second.updated) == sorted(first.created)

        with store.session() as s:
            stories = list_stories(s)
        assert sorted(st["num_articles"] for st in stories) == [2, 3]
        rice = next(st for st in stories if st["num_articles"] == 3)
        assert (rice["start_date"], rice["end_date"]) == ("2025-03-12", "2025-03-14")
        assert rice["title"] in {d.title for d in rice_docs}
        assert {e["id"] for e in rice["top_entities"]} >= {"LOC:vientiane"}
        members = {a["id"]: a["doc"] for a in rice["articles"]}
        assert rice["summary"] and rice["summary_sentences"]
        for sent in rice["summary_sentences"]:  # every summary sentence cites a member article
            assert members[sent["article_id"]] == sent["doc"]
            assert sent["text"] in rice["summary"]


def test_cli_updates_and_lists(sqlite_url: str, storm_docs: list[Document]) -> None:
    with open_store(sqlite_url) as store:
        for d in storm_docs:
            store.save_document(d)
    runner = CliRunner()
    res = runner.invoke(app, ["stories", "--db", sqlite_url, "--update", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    (story,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert story["num_articles"] == 2 and "1 new stories" in res.stderr
    res = runner.invoke(
        app, ["stories", "--db", sqlite_url, "--id", str(story["id"]), "-f", "text"]
    )
    assert res.exit_code == 0 and res.stdout.startswith(f"# {story['id']}: ")
    res = runner.invoke(app, ["stories", "--db", sqlite_url, "--id", "999"])
    assert res.exit_code == 1 and "no story with id 999" in res.stderr


def test_cli_refuses_a_missing_sqlite_file(tmp_path) -> None:  # noqa: ANN001
    missing = tmp_path / "none.db"
    res = CliRunner().invoke(app, ["stories", "--db", str(missing)])
    assert res.exit_code == 1 and "no store at" in res.stderr
    assert not missing.exists()

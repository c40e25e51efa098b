"""Story clustering on the ViMs dev clusters: B-cubed precision/recall/F1 against the clusters.

    python bench/stories_dev.py                      # text only (read + clean)
    python bench/stories_dev.py --extract X.jsonl    # `sukien extract` output + "cluster" field

All articles of all clusters are pooled and grouped by ``sukien.stories.group``; each dev
cluster is one gold story. ViMs articles carry no dates, so the time window is not exercised.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from sukien.document import Actor, Document, Entity, Event, Evidence
from sukien.stories import Settings, article_features, group
from sukien.summarize import read_cluster

DATA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vims-dev"


def from_extract(path: Path) -> list[tuple[str, Document]]:
    out = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        j = json.loads(line)
        doc = Document(doc=f"{j['cluster']}/{j['doc']}", title=j["title"], text=j["text"])
        doc.published = j.get("published")
        doc.entities = [
            Entity(e["text"], e["type"], e["start"], e["end"], id=e["id"], name=e["name"],
                   kind=e.get("kind"))
            for e in j["entities"]
        ]  # fmt: skip
        for ev in j["events"]:
            a, r = ev.get("actor") or {}, ev.get("recipient") or {}
            doc.events.append(
                Event(ev["type"], ev.get("mode"), Actor(a.get("code")), Actor(r.get("code")),
                      Evidence(doc.doc, "", 0, 0))
            )  # fmt: skip
        out.append((j["cluster"], doc))
    return out


def from_text(data: Path) -> list[tuple[str, Document]]:
    out = []
    for c in sorted(p for p in data.iterdir() if (p / "docs").is_dir()):
        docs, _ = read_cluster(c)
        for d in docs:
            d.doc = f"{c.name}/{d.doc}"
            out.append((c.name, d))
    return out


def bcubed(gold: dict, pred: dict) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> label maps)."""
    g_size = Counter(gold.values())
    p_size = Counter(pred.values())
    both = Counter((gold[i], pred[i]) for i in gold)
    p = sum(both[(gold[i], pred[i])] / p_size[pred[i]] for i in gold) / len(gold)
    r = sum(both[(gold[i], pred[i])] / g_size[gold[i]] for i in gold) / len(gold)
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--extract", type=Path)
    ap.add_argument("--threshold", type=float, nargs="*", default=[Settings().threshold])
    ap.add_argument("--no-entities", action="store_true")
    ap.add_argument("--entity-weight", type=float, default=Settings().entity_weight)
    ap.add_argument("--dyad-weight", type=float, default=Settings().dyad_weight)
    a = ap.parse_args()
    items = from_extract(a.extract) if a.extract else from_text(a.data)
    if a.no_entities:
        for _, d in items:
            d.entities, d.events = [], []
    feats = [article_features(d) for _, d in items]
    gold = {d.doc: c for c, d in items}
    for th in a.threshold:
        t0 = time.perf_counter()
        settings = Settings(entity_weight=a.entity_weight, dyad_weight=a.dyad_weight, threshold=th)
        stories = group(feats, settings)
        pred = {k: i for i, s in enumerate(stories) for k in s.members}
        res = {
            "threshold": th,
            "entity_weight": a.entity_weight,
            "articles": len(gold),
            "gold": len(set(gold.values())),
        }
        res.update(stories=len(stories), **bcubed(gold, pred))
        res["seconds"] = round(time.perf_counter() - t0, 2)
        print(json.dumps(res))


if __name__ == "__main__":
    main()

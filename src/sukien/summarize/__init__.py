"""Extractive multi-document summaries of article clusters, every sentence citing its article.

``summarize_cluster(articles, max_words) -> Summary`` is the API; ``read_cluster(dir)`` reads a
cluster folder (one article per file, or a ``docs/`` folder of them) into cleaned Documents.
"""

from sukien.summarize.cluster import read_cluster
from sukien.summarize.summarizer import Summary, SummarySentence, summarize_cluster

__all__ = ["Summary", "SummarySentence", "read_cluster", "summarize_cluster"]

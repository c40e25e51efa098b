"""Size bounds that keep ingestion's time and memory flat whatever the input."""

from __future__ import annotations

# one article (a .txt or .html file, a JSON line, a WARC record payload) larger than this is
# rejected with a reason instead of being read: news articles are a few tens of KB
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# HTML pages are larger than their text (scripts, styles); trafilatura's time grows with size
MAX_HTML_BYTES = 5 * 1024 * 1024
# a .json file (an array of articles) is parsed whole: larger ones should be JSON lines
MAX_JSON_BYTES = 20 * 1024 * 1024
# an extracted page with fewer words than this, or no sentence-like paragraph, is not an article
MIN_ARTICLE_WORDS = 25


def human(n: int) -> str:
    """``5242880`` -> ``'5.0 MiB'``."""
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"  # pragma: no cover

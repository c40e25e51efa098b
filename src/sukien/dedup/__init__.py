"""De-duplication: repeated paragraphs in an article, near-duplicate articles in a corpus."""

from sukien.dedup.stage import DedupStage

__all__ = ["DedupStage"]

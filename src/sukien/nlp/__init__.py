"""Sentence splitting and word segmentation with underthesea's bundled models."""

from sukien.nlp.segment import segment_words, split_sentences

__all__ = ["segment_words", "split_sentences"]

"""Entity recognition and linking against the knowledge base in ``sukien/data/kb``.

Other stages use ``kb()`` (cached), ``lookup(alias)``, ``by_code(code)`` and
``actor_code(entity)``; the pipeline stage is ``sukien.entities.stage.EntityStage``.
"""

from sukien.entities.kb import KBEntry, KnowledgeBase, actor_code, by_code, kb, lookup

__all__ = ["KBEntry", "KnowledgeBase", "actor_code", "by_code", "kb", "lookup"]

"""The same pipeline on a Ray cluster, for corpora that outgrow one machine.

``run_on_ray(paths, stages, sink=... | out=...)`` mirrors ``sukien.runner.process``. Ray is an
optional extra (``pip install -e ".[ray]"``): it is imported only when a run starts.
"""

from __future__ import annotations

from sukien.scale.ray_runner import ScaleError, list_inputs, run_on_ray

__all__ = ["ScaleError", "list_inputs", "run_on_ray"]

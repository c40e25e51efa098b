"""The same pipeline on a Ray cluster, for corpora that outgrow one machine.

``run_on_ray(paths, stages, sink=... | out=...)`` mirrors ``sukien.runner.process``, and
``ray_process`` has its exact signature (a drop-in for jobs that take a runner). Ray is an
optional extra (``pip install -e ".[ray]"``): it is imported only when a run starts.
"""

from __future__ import annotations

from sukien.scale.ray_runner import ScaleError, list_inputs, ray_process, run_on_ray

__all__ = ["ScaleError", "list_inputs", "ray_process", "run_on_ray"]

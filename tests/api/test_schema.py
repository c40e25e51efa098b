"""Property-based checks of every operation in the OpenAPI schema: no server errors, responses
match their documented schemas (schemathesis, in process, SQLite store with the sample corpus).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, Phase, settings

from sukien.api.app import create_app
from sukien.api.sample import build_sample_store

_tmp = tempfile.mkdtemp(prefix="sukien-schema-")
atexit.register(shutil.rmtree, _tmp, True)
_url = f"sqlite:///{Path(_tmp) / 'sukien.db'}"
build_sample_store(_url).close()
app = create_app(_url, token="")

schema = schemathesis.openapi.from_asgi("/openapi.json", app)
# the coverage phase ignores max_examples and enumerates hundreds of cases: fuzz only
schema.config.phases.update(phases=["examples", "fuzzing"])


@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
)
def test_api_conforms_to_its_schema(case) -> None:  # noqa: ANN001
    case.call_and_validate()

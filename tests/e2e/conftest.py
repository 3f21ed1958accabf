"""A real action server and Rasa server with the trained model, once per test session."""
import uuid

import pytest

from tests.support.assistant import MODEL, start_assistant


@pytest.fixture(scope="session")
def assistant(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: `make test` trains it first")
    with start_assistant(tmp_path_factory.mktemp("assistant")) as running:
        yield running


@pytest.fixture
def sender():
    return f"e2e-{uuid.uuid4().hex[:12]}"

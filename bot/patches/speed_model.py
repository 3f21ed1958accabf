"""The trained model, run faster; its results are unchanged
(docs/performance.md has the measurements).

1. **The model graph** runs in plain topological order, its plan cached per target
   list (``DaskGraphRunner.run``); Rasa builds a dask graph and recomputes the minimal
   schema (recursively) for every message and every prediction.
2. **The intent classifier** (``LogisticRegressionClassifier._create_X`` and ``load``):
   its input row without stacking an empty dense block onto it, its weights stored
   column-major once at load.

Each can be skipped for benchmarks (bot/patches/__init__.py ``SKIPPABLE``: "graph",
"features").
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from bot.patches.originals import originals


def patch_graph_runner() -> None:
    """Runs the model graph in plain topological order, its minimal schema cached per
    target list, instead of building a dask graph and schema on every call."""
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    def plan(self: Any, targets: tuple) -> List[tuple]:
        cache = self.__dict__.setdefault("_lowback_plans", {})
        order = cache.get(targets)
        if order is None:
            schema = self._graph_schema.minimal_graph_schema(list(targets))
            done: set = set()
            order = []

            def visit(name: str) -> None:
                if name in done or name not in schema.nodes:
                    return
                done.add(name)
                for need in schema.nodes[name].needs.values():
                    visit(need)
                order.append((name, tuple(schema.nodes[name].needs.values())))

            for target in targets:
                visit(target)
            cache[targets] = order
        return order

    def run(self: Any, inputs: Optional[Dict[str, Any]] = None, targets: Optional[List[str]] = None) -> Dict[str, Any]:
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        values: Dict[str, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and value in self._graph_schema.nodes:
                raise GraphRunError(f"Input value '{value}' clashes with a node name.")
            values[name] = (name, value)
        try:
            for name, needs in plan(self, run_targets):
                if name not in values:
                    values[name] = self._instantiated_nodes[name](*(values.get(n, n) for n in needs))
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error
        return dict(values[t] if isinstance(values.get(t), tuple) else (t, values.get(t)) for t in run_targets)

    originals.setdefault("DaskGraphRunner.run", DaskGraphRunner.run)
    DaskGraphRunner.run = run


def patch_intent_features() -> None:
    """The intent classifier, same numbers in a fraction of the time: its input row
    without stacking an empty dense block onto it (Rasa builds two sparse matrices and
    stacks them for every message), and its weights stored column-major once at load, so
    scikit-learn's `X @ coef_.T` does not copy the whole weight matrix (31 x 9,666)
    into row-major order for every message."""
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.shared.nlu.constants import TEXT
    from scipy.sparse import csr_matrix, vstack

    original = LogisticRegressionClassifier._create_X

    def _create_X(self: Any, messages: List[Any]) -> Any:
        rows = []
        for message in messages:
            sparse = message.get_sparse_features(attribute=TEXT)[1]
            if sparse is None or message.get_dense_features(attribute=TEXT)[1] is not None:
                return original(self, messages)  # dense features too: Rasa's way
            rows.append(csr_matrix(sparse.features))
        if not rows:
            return original(self, messages)
        return rows[0] if len(rows) == 1 else vstack(rows, format="csr")

    original_load = LogisticRegressionClassifier.load.__func__

    def load(cls: Any, *args: Any, **kwargs: Any) -> Any:
        import numpy

        component = original_load(cls, *args, **kwargs)
        if getattr(component.clf, "coef_", None) is not None:
            component.clf.coef_ = numpy.asfortranarray(component.clf.coef_)
        return component

    originals.setdefault("LogisticRegressionClassifier._create_X", original)
    originals.setdefault("LogisticRegressionClassifier.load", original_load)
    LogisticRegressionClassifier._create_X = _create_X
    LogisticRegressionClassifier.load = classmethod(load)

"""bot/patches/speed_model.py: the model gives what it gave with Rasa's dask graph runner."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import patches
from bot.patches.originals import originals

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "current.tar.gz"

patches.apply_all()  # these tests compare the patched Rasa with Rasa's own functions


@pytest.mark.skipif(not MODEL.exists(), reason="needs the trained model (make train)")
async def test_the_graph_runner_gives_the_same_results_as_dask():
    from rasa.core.agent import Agent
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    agent = Agent.load(str(MODEL))
    texts = ["Hello, my low back hurts", "ik heb al 3 weken pijn", "I can't feel my bum", "what is a hernia?", "ja",
             "😀", "x" * 300]
    patched = DaskGraphRunner.run
    results = {}
    for name, run in (("dask", originals["DaskGraphRunner.run"]), ("ours", patched)):
        DaskGraphRunner.run = run
        try:
            parsed = [await agent.parse_message(text) for text in texts]
            predictions = []
            for data in parsed:
                tracker = DialogueStateTracker.from_events(
                    "s", [ActionExecuted("action_listen"), UserUttered(data["text"], data["intent"], data["entities"],
                                                                       parse_data=data)],
                    slots=agent.domain.slots)
                prediction = agent.processor.predict_next_with_tracker(tracker)
                predictions.append((prediction["policy"], prediction["confidence"], prediction["scores"][:3]))
            results[name] = (parsed, predictions)
        finally:
            DaskGraphRunner.run = patched
    assert results["ours"] == results["dask"]

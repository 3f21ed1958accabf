"""Rasa 3.6 NLU component: the `duration` entity, in days, from bot.reading.duration.

config.yml:

    pipeline:
      - name: bot.nlu.duration_extractor.DurationExtractor
        # optional: "since Monday" etc. count from today's date in this time
        # zone (default Europe/Brussels, the practice's, also right for the
        # Netherlands); null uses the server's local date
        timezone: Europe/Brussels

Each message with a duration gets one entity

    {"entity": "duration", "value": <days as int>, "start": s, "end": e,
     "confidence": 1.0, "extractor": "DurationExtractor"}

where text[s:e] is the phrase (for example "drie weken", "sinds" excluded).
Note: `rasa test` compares entity values as strings ("21").
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any, Dict, List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.stateless import StatelessComponent
from bot.reading.duration import find_duration

logger = logging.getLogger(__name__)

DURATION_ENTITY = "duration"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class DurationExtractor(StatelessComponent, EntityExtractorMixin):
    """Adds a `duration` entity (days since onset) found by bot.reading.duration."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        """Default config: time zone for "today" (None: the server's date)."""
        return {"timezone": "Europe/Brussels"}

    def _today(self) -> date:
        name = self.component_config.get("timezone")
        if name:
            try:
                from zoneinfo import ZoneInfo

                return datetime.now(ZoneInfo(name)).date()
            except Exception:  # unknown zone or no tz database: server date
                logger.warning("DurationExtractor: unknown timezone %r", name)
        return date.today()

    def process(self, messages: List[Message]) -> List[Message]:
        """Appends a `duration` entity to each message that mentions one."""
        today = self._today()
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str):
                continue
            match = find_duration(text, today)
            if match is None:
                continue
            entity = {
                ENTITY_ATTRIBUTE_TYPE: DURATION_ENTITY,
                ENTITY_ATTRIBUTE_VALUE: match.days,
                ENTITY_ATTRIBUTE_START: match.start,
                ENTITY_ATTRIBUTE_END: match.end,
                ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
            }
            entities = self.add_extractor_name([entity])
            message.set(
                ENTITIES,
                (message.get(ENTITIES) or []) + entities,
                add_to_output=True,
            )
        return messages

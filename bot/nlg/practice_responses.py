"""The domain's responses, with the practice's per-language texts filled in.

Rasa's templated generator fills a response's {templates} from the conversation's slots only.
The practice's opening hours and the names of its languages exist once per language pack
({practice_hours_nl}, {practice_languages_fr}, ...); as slots they would need a line in
domain/slots.yml for every new language. This generator adds them to the slot values when it
renders, from config/practice.yml (bot/practice.py). Named in endpoints.yml and
endpoints.production.yml as `nlg: type: bot.nlg.practice_responses.PracticeResponses`.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from rasa.core.nlg import TemplatedNaturalLanguageGenerator

from bot.practice import current_practice


class PracticeResponses(TemplatedNaturalLanguageGenerator):
    def __init__(self, endpoint_config: Any = None, domain: Any = None, **_: Any) -> None:
        super().__init__(domain.responses if domain is not None else {})

    async def generate(self, utter_action: str, tracker: Any, output_channel: str,
                       **kwargs: Any) -> Optional[Dict[str, Any]]:
        filled = {**current_practice().texts_per_language(), **tracker.current_slot_values()}
        return self.generate_from_slots(utter_action, filled, output_channel, **kwargs)

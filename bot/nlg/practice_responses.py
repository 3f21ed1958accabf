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
        self._practice: Any = None
        self._texts: Dict[str, str] = {}

    def _practice_texts(self) -> Dict[str, str]:
        """The practice's per-language texts, worked out again only when the practice's
        configuration is another object (bot.practice reads the file once per process)."""
        practice = current_practice()
        if practice is not self._practice:
            self._practice, self._texts = practice, practice.texts_per_language()
        return self._texts

    async def generate(self, utter_action: str, tracker: Any, output_channel: str,
                       **kwargs: Any) -> Optional[Dict[str, Any]]:
        filled = {**self._practice_texts(), **tracker.current_slot_values()}
        return self.generate_from_slots(utter_action, filled, output_channel, **kwargs)

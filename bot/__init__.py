"""The assistant's own code, grouped by job (docs/architecture.md, "The house").

clinical/       the decisions: rules table, question order, the safety invariant (pure Python)
reading/        reading what a person typed: answers, red flags, durations, language, FAQ topics
                (pure Python; the engines are the same for every language)
lang/<code>/    one language pack per language: its words, numbers and patterns
catalogue/      the texts built in code, one YAML per language
practice.py     the practice's configuration (config/practice.yml); opening_hours.py its hours
nlu/ nlg/ channels/ stores/ patches/   the Rasa side: NLU components, response rendering,
                input channels, tracker and lock stores, the replacements of Rasa internals
                (applied in patches.apply_all)
practice_inbox/ what the practice receives (mail, Chatwoot, FHIR) and the handoff to a person
operations/     running the service: retention and reports
"""

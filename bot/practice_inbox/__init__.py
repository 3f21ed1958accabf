"""Sending a patient's check to the practice, with the patient's consent (issue 14).

Pure Python, no Rasa import. The pieces, each usable and tested on its own:

- ``config``   -- the Chatwoot and SMTP settings (environment or credentials.yml);
                  incomplete settings switch that path off, with a one-line reason.
- ``chatwoot`` -- the Chatwoot application API client: contact, conversation in the
                  practice's API inbox, the summary as a private note with the FHIR
                  QuestionnaireResponse attached as a JSON file, the level as label.
- ``fhir``     -- the same summary as a FHIR R4 QuestionnaireResponse
                  (docs/fhir/Questionnaire.json is the matching Questionnaire).
- ``mail``     -- the e-mail notice to the practice: a reference and the callback
                  details the patient chose to give, never answers, level or condition.
- ``outbox``   -- the store-until-delivered queue (SQLite): retried with backoff,
                  deleted once delivered, purged after the retention period.
- ``fhir_store`` -- the shared checks' QuestionnaireResponses in the outbox's file (own
                  table) until the retention purge, for the token-protected endpoint
                  of bot/channels/practice_fhir.py, and that endpoint's answers.

A *summary* is a plain dict (JSON-serialisable, so the outbox can store it)::

    {
        "reference": "LB-7K3M-Q9XD",           # shown to the patient and the practice
        "answers": {"onset": "gradual", "fever": False, ...},   # slot -> value
        "level": "doctor", "condition": "radicular_syndrome", "rule": "R7",
        "reason": "pain below the knee",         # the rule's reason, in words
        "duration_days": 21, "language": "en", "channel": "web",
        "date": "2024-05-01T10:00:00+00:00",   # when the check was finished
        "callback": {"name": "An", "phone": "+32 470 00 00 00"},  # only what was given
    }
"""

"""Rasa's side: rendering the domain's responses (named in endpoints.yml `nlg:`)."""

"""Rasa's side: where conversations are kept (the SQL tracker store with "delete my data", its
in-process cache) and what happens when PostgreSQL or Redis fails mid-turn."""

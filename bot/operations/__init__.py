"""Running the service: retention (`make purge`) and the reports (usage, NLU figures, corpus)."""

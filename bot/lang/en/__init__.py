"""The en language pack (see bot/lang/__init__.py)."""

CODE = "en"

# Rasa imports this package with the model in every server process (rasa run, each
# Sanic worker, rasa train/test): this is the one place where our Rasa patches get
# applied (bot/patches/__init__.py lists them; it refuses any Rasa but the pinned one).
from bot import patches

patches.apply_all()

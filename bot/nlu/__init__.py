# Rasa imports this package with the model in every server process (rasa run, each
# Sanic worker, rasa train/test): that is where our Rasa patches get applied.
import bot.rasa_patches  # noqa: F401

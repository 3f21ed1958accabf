"""Reading what a person typed, pure Python (no Rasa import; tests/unit/test_house.py checks it).

The engines are the same for every language; the words of each language live in its pack under
bot/lang/<code>/. text (the one normaliser), answers, redflags, duration, language (which language
a conversation is in), faq (which question topics a message asks about)."""

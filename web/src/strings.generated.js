// generated from bot/catalogue/*.yml by scripts/widget_strings.py; do not edit
// (make web, or: .venv/bin/python scripts/widget_strings.py). The widget's own texts are
// each catalogue's `widget:` section; the languages are bot.lang.CODES, in that order.

/** Each language's name in that language (the toggle's labels, the text sent on a switch). */
export const NAMES = {
  "en": "English",
  "nl": "Nederlands",
  "fr": "Français"
};

/** Everything the widget itself says, per language. */
export const STRINGS = {
  "en": {
    "title": "Low back pain check",
    "launcher": "Back pain? Check it here",
    "launcherLabel": "Back pain? Check it here: open the chat",
    "close": "Close the chat",
    "languageGroup": "Language",
    "inputLabel": "Your message",
    "placeholder": "Type your answer…",
    "send": "Send",
    "typing": "The assistant is typing…",
    "you": "You:",
    "assistant": "Assistant:",
    "answerOptions": "Answer options",
    "links": "Links",
    "unreachable": "The assistant can't be reached right now. I'll try again…",
    "unreachableGaveUp": "The assistant can't be reached right now. Please try again in a moment.",
    "retrying": "Trying again…",
    "retry": "Try again",
    "notSent": "Not sent yet",
    "greeting": "Hello",
    "resultHeading": "Result of the check",
    "levels": {
      "emergency": "Emergency: call 112",
      "urgent": "See a doctor today",
      "doctor": "See your GP this week",
      "physio": "Book a physiotherapy appointment"
    },
    "call112": "Call 112",
    "newTab": "(opens in a new tab)"
  },
  "nl": {
    "title": "Lage rugpijn check",
    "launcher": "Rugpijn? Check het hier",
    "launcherLabel": "Rugpijn? Check het hier: open de chat",
    "close": "Chat sluiten",
    "languageGroup": "Taal",
    "inputLabel": "Je bericht",
    "placeholder": "Typ je antwoord…",
    "send": "Versturen",
    "typing": "De assistent typt…",
    "you": "Jij:",
    "assistant": "Assistent:",
    "answerOptions": "Antwoordmogelijkheden",
    "links": "Links",
    "unreachable": "De assistent is even niet bereikbaar. Ik probeer het opnieuw…",
    "unreachableGaveUp": "De assistent is even niet bereikbaar. Probeer het zo meteen opnieuw.",
    "retrying": "Ik probeer het opnieuw…",
    "retry": "Opnieuw proberen",
    "notSent": "Nog niet verstuurd",
    "greeting": "Hallo",
    "resultHeading": "Resultaat van de check",
    "levels": {
      "emergency": "Noodgeval: bel 112",
      "urgent": "Vandaag naar een dokter",
      "doctor": "Deze week naar je huisarts",
      "physio": "Maak een afspraak bij de kinesitherapeut"
    },
    "call112": "Bel 112",
    "newTab": "(opent in een nieuw tabblad)"
  },
  "fr": {
    "title": "Test mal de dos",
    "launcher": "Mal au dos\u00a0? Faites le test ici",
    "launcherLabel": "Mal au dos\u00a0? Faites le test ici\u00a0: ouvrir le chat",
    "close": "Fermer le chat",
    "languageGroup": "Langue",
    "inputLabel": "Votre message",
    "placeholder": "Tapez votre réponse…",
    "send": "Envoyer",
    "typing": "L'assistant écrit…",
    "you": "Vous\u00a0:",
    "assistant": "Assistant\u00a0:",
    "answerOptions": "Choix de réponse",
    "links": "Liens",
    "unreachable": "L'assistant n'est pas joignable pour le moment. J'essaie encore…",
    "unreachableGaveUp": "L'assistant n'est pas joignable pour le moment. Réessayez dans un instant.",
    "retrying": "J'essaie encore…",
    "retry": "Réessayer",
    "notSent": "Pas encore envoyé",
    "greeting": "Bonjour",
    "resultHeading": "Résultat du test",
    "levels": {
      "emergency": "Urgence\u00a0: appelez le 112",
      "urgent": "Voyez un médecin aujourd'hui",
      "doctor": "Voyez votre médecin traitant cette semaine",
      "physio": "Prenez rendez-vous chez le kiné"
    },
    "call112": "Appelez le 112",
    "newTab": "(s'ouvre dans un nouvel onglet)"
  }
};

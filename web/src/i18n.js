// Everything the widget itself says, in both languages of the assistant.
// (What the bot says comes from Rasa.)

export const LANGUAGES = ["en", "nl"];

const STRINGS = {
  en: {
    title: "Low back pain check",
    launcher: "Back pain? Check it here",
    launcherLabel: "Back pain? Check it here: open the chat",
    close: "Close the chat",
    languageGroup: "Language",
    languageNames: { en: "English", nl: "Nederlands" },
    inputLabel: "Your message",
    placeholder: "Type your answer…",
    send: "Send",
    typing: "The assistant is typing…",
    you: "You:",
    assistant: "Assistant:",
    answerOptions: "Answer options",
    links: "Links",
    unreachable: "The assistant can't be reached right now. I'll try again…",
    unreachableGaveUp: "The assistant can't be reached right now. Please try again in a moment.",
    retrying: "Trying again…",
    retry: "Try again",
    notSent: "Not sent yet",
    greeting: "Hello",
    resultHeading: "Result of the check",
    levels: {
      emergency: "Emergency: call 112",
      urgent: "See a doctor today",
      doctor: "See your GP this week",
      physio: "Book a physiotherapy appointment",
    },
    call112: "Call 112",
    newTab: "(opens in a new tab)",
  },
  nl: {
    title: "Lage rugpijn check",
    launcher: "Rugpijn? Check het hier",
    launcherLabel: "Rugpijn? Check het hier: open de chat",
    close: "Chat sluiten",
    languageGroup: "Taal",
    languageNames: { en: "English", nl: "Nederlands" },
    inputLabel: "Je bericht",
    placeholder: "Typ je antwoord…",
    send: "Versturen",
    typing: "De assistent typt…",
    you: "Jij:",
    assistant: "Assistent:",
    answerOptions: "Antwoordmogelijkheden",
    links: "Links",
    unreachable: "De assistent is even niet bereikbaar. Ik probeer het opnieuw…",
    unreachableGaveUp: "De assistent is even niet bereikbaar. Probeer het zo meteen opnieuw.",
    retrying: "Ik probeer het opnieuw…",
    retry: "Opnieuw proberen",
    notSent: "Nog niet verstuurd",
    greeting: "Hallo",
    resultHeading: "Resultaat van de check",
    levels: {
      emergency: "Noodgeval: bel 112",
      urgent: "Vandaag naar een dokter",
      doctor: "Deze week naar je huisarts",
      physio: "Maak een afspraak bij de kinesitherapeut",
    },
    call112: "Bel 112",
    newTab: "(opent in een nieuw tabblad)",
  },
};

/** "nl-BE", "NL", " nl " -> "nl"; anything else that is not English -> null. */
export function normaliseLanguage(value) {
  const code = String(value || "").trim().toLowerCase().slice(0, 2);
  return LANGUAGES.includes(code) ? code : null;
}

export function strings(language) {
  return STRINGS[normaliseLanguage(language) || "en"];
}

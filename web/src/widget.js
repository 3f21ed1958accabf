// The chat widget: a launcher button and a dialog panel in a shadow root
// (the practice's site CSS cannot break it, and it cannot break the site).

import { LANGUAGES, normaliseLanguage, strings } from "./i18n.js";
import { ICONS, el, icon, linkify, opensNewTab, safeHref } from "./render.js";
import { ConversationStore, randomId } from "./storage.js";
import { POLL_MS, handoffOf, pollHandoff } from "./handoff.js";
import { sendToRasa, toItems } from "./transport.js";
import css from "./styles.css";

const LEVELS = {
  emergency: ICONS.alert,
  urgent: ICONS.clock,
  doctor: ICONS.calendar,
  physio: ICONS.check,
};
const MAX_AUTO_RETRIES = 6;
const FULLSCREEN_QUERY = "(max-width: 480px)";

function retryDelay(failures) {
  const base = Math.min(30000, 2000 * 2 ** (failures - 1)); // 2 s, 4 s, 8 s, 16 s, 30 s...
  return base + Math.floor(Math.random() * 500);
}

export class ChatWidget {
  /**
   * @param {{rasaUrl: string, language: string, languages?: string[], title?: string|null, sessionMinutes?: number}} config
   *   languages: the ones offered by the toggle, in its order (default: every language of i18n.js)
   */
  constructor(config) {
    this.config = config;
    const offered = (config.languages || []).filter((code) => LANGUAGES.includes(code));
    this.languages = offered.length ? offered : [...LANGUAGES];
    this.store = new ConversationStore(config.rasaUrl, config.sessionMinutes || 60);
    this.state = this.store.load() || this.freshState(config.language);
    this.inFlight = false;
    this.failures = 0;
    this.retryTimer = null;
    this.generation = 0;
    this.nodes = new Map(); // item id -> <li>
  }

  freshState(language) {
    return { sender: randomId(), language: this.offered(language) || this.languages[0], items: [], nextId: 1 };
  }

  /** The language's code when the toggle offers it, else null. */
  offered(language) {
    const code = normaliseLanguage(language);
    return code && this.languages.includes(code) ? code : null;
  }

  get t() {
    return strings(this.state.language);
  }

  get started() {
    return this.state.items.length > 0;
  }

  // --- building the DOM -------------------------------------------------------
  mount(parent = document.body) {
    this.host = el("div", { id: "lbp-chat", "data-lbp-chat": "" });
    const root = this.host.attachShadow({ mode: "open" });
    this.root = root;
    root.append(el("style", { text: css }));

    this.launcher = el("button", {
      type: "button",
      class: "launcher",
      "aria-haspopup": "dialog",
      "aria-expanded": "false",
      "aria-controls": "lbp-panel",
      onclick: (event) => (this.isOpen ? this.close() : this.open({ event })),
    });
    this.launcherText = el("span", { class: "launcher__text" });
    this.launcher.append(icon(ICONS.chat, "icon launcher__icon"), this.launcherText);

    this.titleNode = el("h2", { class: "title", id: "lbp-title" });
    this.langButtons = {};
    const langGroup = el("div", { class: "langs", role: "group" });
    for (const code of this.languages) {
      const button = el("button", {
        type: "button",
        class: "lang",
        lang: code,
        "data-lang": code,
        onclick: () => this.setLanguage(code, { fromUser: true }),
        text: code.toUpperCase(),
      });
      this.langButtons[code] = button;
      langGroup.append(button);
    }
    this.langGroup = langGroup;
    this.closeButton = el("button", { type: "button", class: "close", onclick: () => this.close() }, [
      icon(ICONS.close),
    ]);
    const header = el("header", { class: "header" }, [this.titleNode, langGroup, this.closeButton]);

    this.list = el("ol", { class: "messages" });
    this.typing = el("div", { class: "typing", role: "img", hidden: true }, [
      el("span", { class: "dot" }),
      el("span", { class: "dot" }),
      el("span", { class: "dot" }),
    ]);
    this.log = el("div", { class: "log", tabindex: "0", role: "region" }, [this.list, this.typing]);

    this.statusText = el("p", { class: "status__text" });
    this.retryButton = el("button", { type: "button", class: "retry", onclick: () => this.retryNow() });
    this.status = el("div", { class: "status", hidden: true }, [
      icon(ICONS.alert, "icon status__icon"),
      this.statusText,
      this.retryButton,
    ]);

    this.inputLabel = el("label", { class: "sr-only", for: "lbp-input" });
    this.input = el("input", {
      id: "lbp-input",
      class: "input",
      type: "text",
      autocomplete: "off",
      autocapitalize: "sentences",
      enterkeyhint: "send",
      maxlength: "4000",
    });
    this.sendButton = el("button", { type: "submit", class: "send" }, [icon(ICONS.send)]);
    const form = el("form", { class: "composer", novalidate: true }, [this.inputLabel, this.input, this.sendButton]);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submitInput();
    });

    this.announcer = el("div", { class: "sr-only", "aria-live": "polite", "aria-atomic": "true" });

    this.panel = el(
      "div",
      {
        class: "panel",
        id: "lbp-panel",
        role: "dialog",
        "aria-modal": "false",
        tabindex: "-1",
        hidden: true,
        "data-state": "idle",
      },
      [header, this.log, this.status, form, this.announcer],
    );
    this.panel.addEventListener("keydown", (event) => this.onKeydown(event));

    root.append(el("div", { class: "lbp" }, [this.launcher, this.panel]));
    parent.append(this.host);

    this.fullscreen = window.matchMedia ? window.matchMedia(FULLSCREEN_QUERY) : { matches: false };
    if (this.fullscreen.addEventListener) this.fullscreen.addEventListener("change", () => this.updateModal());
    window.addEventListener("online", () => {
      if (this.failures) this.retryNow();
    });

    this.applyStrings();
    for (const item of this.state.items) this.list.append(this.renderItem(item));

    // A message that was on its way when the page was left may or may not have
    // arrived: let the person decide rather than risk answering a question twice.
    const interrupted = this.state.items.find((i) => i.role === "user" && i.pending && i.sending && !i.hidden);
    if (interrupted) {
      this.failures = MAX_AUTO_RETRIES + 1;
      this.showStatus(true);
    } else if (this.state.items.some((i) => i.role === "user" && i.pending)) {
      this.process();
    }
    if (this.store.open) this.open({ restore: true });
    if (this.state.handoff) this.schedulePoll(0); // a person still had the conversation
  }

  /** While a person of the practice has the conversation, fetch their replies. */
  schedulePoll(delay = POLL_MS) {
    clearTimeout(this.pollTimer);
    if (!this.state.handoff) return;
    this.pollTimer = setTimeout(() => this.pollOnce(), delay);
  }

  async pollOnce() {
    const handoff = this.state.handoff;
    if (!handoff || this.polling) return;
    this.polling = true;
    const generation = this.generation;
    let answer = null;
    try {
      answer = await pollHandoff(this.config.rasaUrl, { ...handoff, sender: this.state.sender });
    } catch (error) {
      if (window.console) console.warn("lbp-chat: poll failed:", (error && error.message) || error);
    }
    this.polling = false;
    if (generation !== this.generation || this.state.handoff !== handoff) return;
    if (answer && answer.messages.length) {
      handoff.after = Math.max(handoff.after, ...answer.messages.map((m) => m.id));
      this.showBotMessages(answer.messages);
    }
    this.save();
    this.schedulePoll();
  }

  /** Bot (or practice) messages arriving: shown, read out, and a handoff started or ended. */
  showBotMessages(messages) {
    const handoff = handoffOf(messages);
    if (handoff && handoff.state === "ended") {
      this.state.handoff = null;
      clearTimeout(this.pollTimer);
    } else if (handoff && handoff.state === "started" && handoff.poll) {
      this.state.handoff = { poll: handoff.poll, after: handoff.after };
      this.schedulePoll();
    }
    const added = toItems(messages, this.state.language).map((m) => ({ ...m, id: this.state.nextId++ }));
    this.state.items.push(...added);
    this.save();
    const first = added.length ? this.renderAll(added) : null;
    this.announce(added);
    this.scrollToNew(first);
    return added;
  }

  applyStrings() {
    const t = this.t;
    const title = this.config.title || t.title;
    this.panel.setAttribute("lang", this.state.language);
    this.launcher.setAttribute("lang", this.state.language);
    this.launcherText.textContent = t.launcher;
    this.launcher.setAttribute("aria-label", t.launcherLabel);
    this.titleNode.textContent = title;
    this.panel.setAttribute("aria-label", title);
    this.langGroup.setAttribute("aria-label", t.languageGroup);
    for (const [code, button] of Object.entries(this.langButtons)) {
      button.setAttribute("aria-pressed", String(code === this.state.language));
      // The visible code first (WCAG 2.5.3 label in name: voice users say "EN"), then the name.
      button.setAttribute("aria-label", `${code.toUpperCase()}, ${t.languageNames[code]}`);
    }
    this.closeButton.setAttribute("aria-label", t.close);
    this.closeButton.setAttribute("title", t.close);
    this.typing.setAttribute("aria-label", t.typing);
    this.log.setAttribute("aria-label", title);
    this.inputLabel.textContent = t.inputLabel;
    this.input.setAttribute("placeholder", t.placeholder);
    this.sendButton.setAttribute("aria-label", t.send);
    this.sendButton.setAttribute("title", t.send);
    this.retryButton.textContent = t.retry;
    if (!this.status.hidden) this.showStatus(false);
  }

  renderItem(item) {
    const t = strings(item.lang || this.state.language);
    let node;
    if (item.role === "user") {
      node = el("li", { class: "msg msg--user", lang: item.lang, "data-id": item.id }, [
        el("p", { class: "bubble" }, [el("span", { class: "sr-only", text: `${t.you} ` }), item.text]),
      ]);
      if (item.hidden) node.hidden = true;
      if (item.pending) node.classList.add("msg--pending");
    } else if (item.role === "triage") {
      node = this.renderTriage(item);
    } else {
      node = this.renderBot(item, t);
    }
    this.nodes.set(item.id, node);
    return node;
  }

  renderBot(item, t) {
    const node = el("li", { class: "msg msg--bot", lang: item.lang, "data-id": item.id });
    if (item.text) {
      node.append(
        el("p", { class: "bubble" }, [el("span", { class: "sr-only", text: `${t.assistant} ` }), ...linkify(item.text, t.newTab)]),
      );
    }
    const image = item.image && safeHref(item.image);
    if (image && /^https?:/i.test(image)) node.append(el("img", { class: "image", src: image, alt: "", loading: "lazy" }));

    const choices = [];
    const links = [];
    item.buttons.forEach((button, index) => {
      const href = button.url ? safeHref(button.url) : null;
      if (button.url && href) {
        const external = opensNewTab(href);
        links.push(
          el(
            "a",
            {
              class: `link-button${href.startsWith("tel:") ? " link-button--tel" : ""}`,
              href,
              target: external ? "_blank" : undefined,
              rel: external ? "noopener" : undefined,
            },
            [
              href.startsWith("tel:") ? icon(ICONS.phone) : null,
              el("span", { text: button.title }),
              external ? icon(ICONS.external) : null,
              external ? el("span", { class: "sr-only", text: ` ${t.newTab}` }) : null,
            ],
          ),
        );
      } else if (!button.url) {
        const chosen = item.chosen === index;
        choices.push(
          el("button", {
            type: "button",
            class: `choice${chosen ? " choice--chosen" : ""}`,
            "data-payload": button.payload,
            disabled: item.answered ? true : undefined,
            "aria-pressed": item.answered ? String(chosen) : undefined,
            text: button.title,
            onclick: (event) => this.choose(item, index, event),
          }),
        );
      }
    });
    if (choices.length) node.append(el("div", { class: "choices", role: "group", "aria-label": t.answerOptions }, choices));
    if (links.length) node.append(el("div", { class: "links" }, links));
    return node;
  }

  renderTriage(item) {
    const level = Object.prototype.hasOwnProperty.call(LEVELS, item.level) ? item.level : null;
    const lang = normaliseLanguage(item.language) || item.lang || this.state.language;
    const t = strings(lang);
    const node = el("li", { class: "msg msg--triage", lang, "data-id": item.id });
    if (!level) {
      node.hidden = true; // an unknown level is never shown raw
      return node;
    }
    const card = el("div", { class: `triage triage--${level}`, "data-level": level }, [
      el("p", { class: "triage__heading", text: t.resultHeading }),
      el("p", { class: "triage__level" }, [icon(LEVELS[level], "icon triage__icon"), el("strong", { text: t.levels[level] })]),
    ]);
    if (level === "emergency") {
      card.append(el("a", { class: "link-button link-button--danger", href: "tel:112" }, [icon(ICONS.phone), el("span", { text: t.call112 })]));
    }
    node.append(card);
    return node;
  }

  // --- opening and closing ----------------------------------------------------
  get isOpen() {
    return this.panel && !this.panel.hidden;
  }

  open({ event = null, restore = false } = {}) {
    if (!this.panel) return;
    this.panel.hidden = false;
    this.launcher.setAttribute("aria-expanded", "true");
    this.host.classList.add("open");
    this.store.open = true;
    this.updateModal();
    this.scrollToEnd();
    if (!this.started) {
      this.send({ text: this.t.greeting, payload: this.t.greeting, hidden: true });
    }
    if (restore) return;
    // A tap on a phone should not pop up the keyboard over the bot's first
    // question and its buttons: focus the dialog then; otherwise the input.
    const touchTap = event && event.detail > 0 && window.matchMedia && window.matchMedia("(pointer: coarse)").matches;
    if (touchTap) this.panel.focus({ preventScroll: true });
    else this.input.focus({ preventScroll: true });
  }

  close({ returnFocus = true } = {}) {
    if (!this.isOpen) return;
    this.panel.hidden = true;
    this.launcher.setAttribute("aria-expanded", "false");
    this.host.classList.remove("open");
    this.store.open = false;
    if (returnFocus) this.launcher.focus();
  }

  updateModal() {
    const modal = Boolean(this.fullscreen && this.fullscreen.matches);
    this.panel.setAttribute("aria-modal", String(modal));
  }

  onKeydown(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      this.close();
      return;
    }
    if (event.key === "Tab" && this.fullscreen && this.fullscreen.matches) {
      // Full-screen on a phone, the page behind is hidden: keep focus inside.
      const focusable = Array.from(
        this.panel.querySelectorAll("button:not([disabled]), a[href], input, [tabindex='0']"),
      ).filter((node) => node.offsetParent !== null);
      if (!focusable.length) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = this.root.activeElement;
      if (event.shiftKey && (active === first || active === this.panel)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  // --- language -----------------------------------------------------------------
  setLanguage(language, { fromUser = false } = {}) {
    const code = this.offered(language);
    if (!code || code === this.state.language) return;
    this.state.language = code;
    const greeting = this.state.items.find((i) => i.hidden && i.pending && !i.sending);
    if (greeting) {
      // The greeting has not gone out yet: just greet in the new language.
      Object.assign(greeting, { text: this.t.greeting, payload: this.t.greeting, lang: code });
    }
    this.save();
    this.applyStrings();
    if (fromUser && this.started && !greeting) {
      // Mid-conversation: tell the bot (it understands these payloads).
      this.send({ text: this.t.languageNames[code], payload: `lang:${code}` });
    }
  }

  // --- sending --------------------------------------------------------------------
  submitInput() {
    const text = this.input.value.trim();
    if (!text) {
      this.input.value = "";
      this.input.focus();
      return;
    }
    this.input.value = "";
    this.send({ text, payload: text });
  }

  choose(item, index, event) {
    if (item.answered) return;
    const button = item.buttons[index];
    item.chosen = index;
    this.send({ text: button.title, payload: button.payload });
    // Keyboard users go on typing; a tap must not pop up the phone's keyboard.
    if (event && event.detail === 0) this.input.focus({ preventScroll: true });
    else this.panel.focus({ preventScroll: true });
  }

  send({ text, payload, hidden = false }) {
    if (!hidden) this.markAnswered();
    const item = {
      id: this.state.nextId++,
      role: "user",
      text,
      payload,
      hidden,
      pending: true,
      lang: this.state.language,
    };
    this.state.items.push(item);
    this.save();
    this.list.append(this.renderItem(item));
    this.scrollToEnd();
    this.process();
  }

  /** After a choice or a typed answer, the buttons of earlier messages are spent. */
  markAnswered() {
    for (const item of this.state.items) {
      if (item.role !== "bot" || item.answered || !item.buttons.some((b) => !b.url)) continue;
      item.answered = true;
      const node = this.nodes.get(item.id);
      if (!node) continue;
      node.querySelectorAll("button.choice").forEach((button, index) => {
        button.disabled = true;
        button.setAttribute("aria-pressed", String(item.chosen === index));
        if (item.chosen === index) button.classList.add("choice--chosen");
      });
    }
  }

  async process() {
    if (this.inFlight) return;
    const item = this.state.items.find((i) => i.role === "user" && i.pending);
    if (!item) {
      this.setState("idle");
      return;
    }
    clearTimeout(this.retryTimer);
    this.inFlight = true;
    const generation = this.generation;
    item.sending = true;
    this.save();
    this.setState(this.failures ? "error" : "sending");
    this.typing.hidden = false;
    this.scrollToEnd();
    let messages;
    try {
      messages = await sendToRasa(this.config.rasaUrl, {
        sender: this.state.sender,
        message: item.payload,
        language: item.lang || this.state.language,
      });
    } catch (error) {
      if (generation !== this.generation) return;
      this.inFlight = false;
      item.sending = false;
      this.save();
      this.typing.hidden = true;
      if (window.console) console.warn("lbp-chat: message not delivered:", error.reason || error);
      this.onFailure();
      return;
    }
    if (generation !== this.generation) return;
    this.inFlight = false;
    this.failures = 0;
    this.status.hidden = true;
    item.pending = false;
    item.sending = false;
    const node = this.nodes.get(item.id);
    if (node) node.classList.remove("msg--pending");

    if (messages.some((m) => m.custom && typeof m.custom === "object" && m.custom.data_deleted === true)) {
      // "Delete my data": the bot forgot the conversation, so does this device.
      // Only the bot's confirmation stays on screen, under a new sender id.
      this.forget();
    }
    const handoff = handoffOf(messages);
    if (handoff && handoff.state === "started" && handoff.poll) {
      this.state.handoff = { poll: handoff.poll, after: handoff.after };
      this.schedulePoll();
    } else if (handoff && handoff.state === "ended") {
      this.state.handoff = null;
    }
    const added = toItems(messages, this.state.language).map((m) => ({ ...m, id: this.state.nextId++ }));
    this.state.items.push(...added);
    const triage = added.find((m) => m.role === "triage" && normaliseLanguage(m.language));
    if (triage && normaliseLanguage(triage.language) !== this.state.language) {
      // The bot settled on the other language (the user wrote in it): follow.
      this.state.language = normaliseLanguage(triage.language);
      this.applyStrings();
    }
    this.save();
    const first = added.length ? this.renderAll(added) : null;
    this.announce(added);
    const more = this.state.items.some((i) => i.role === "user" && i.pending);
    this.typing.hidden = !more;
    this.scrollToNew(first);
    if (more) this.process();
    else this.setState("idle");
  }

  renderAll(items) {
    let first = null;
    for (const item of items) {
      const node = this.renderItem(item);
      this.list.append(node);
      first = first || node;
    }
    return first;
  }

  onFailure() {
    this.failures += 1;
    this.setState("error");
    this.showStatus(this.failures === 1);
    if (this.failures <= MAX_AUTO_RETRIES) {
      this.retryTimer = setTimeout(() => this.process(), retryDelay(this.failures));
    }
  }

  showStatus(announce) {
    const t = this.t;
    const interrupted = this.state.items.some((i) => i.role === "user" && i.pending && i.sending);
    this.statusText.textContent = this.failures > MAX_AUTO_RETRIES || interrupted ? t.unreachableGaveUp : t.unreachable;
    this.status.hidden = false;
    this.setState("error");
    for (const item of this.state.items) {
      if (item.role === "user" && item.pending && !item.hidden) {
        const node = this.nodes.get(item.id);
        if (node && !node.querySelector(".note")) node.append(el("p", { class: "note", text: t.notSent }));
      }
    }
    if (announce) this.say(this.statusText.textContent);
    this.scrollToEnd();
  }

  retryNow() {
    clearTimeout(this.retryTimer);
    for (const item of this.state.items) item.sending = false;
    this.failures = Math.min(this.failures, 1); // a manual retry restarts the automatic ones
    this.statusText.textContent = this.t.retrying;
    this.process();
  }

  setState(value) {
    this.panel.setAttribute("data-state", value);
    if (value !== "error") {
      this.list.querySelectorAll(".note").forEach((note) => note.remove());
    }
  }

  save() {
    this.store.save(this.state);
  }

  /** Drop the transcript and the sender id, keeping messages still to be sent. */
  forget() {
    clearTimeout(this.pollTimer);
    const queued = this.state.items.filter((i) => i.role === "user" && i.pending);
    this.state = this.freshState(this.state.language);
    for (const item of queued) this.state.items.push({ ...item, id: this.state.nextId++ });
    this.store.clear();
    this.nodes.clear();
    this.list.replaceChildren(...this.state.items.map((i) => this.renderItem(i)));
  }

  /** Start a new conversation (new sender id, empty transcript). */
  reset() {
    this.generation += 1;
    clearTimeout(this.retryTimer);
    clearTimeout(this.pollTimer);
    this.inFlight = false;
    this.failures = 0;
    this.state = this.freshState(this.state.language);
    this.store.clear();
    this.nodes.clear();
    this.list.replaceChildren();
    this.status.hidden = true;
    this.typing.hidden = true;
    this.setState("idle");
    if (this.isOpen) this.send({ text: this.t.greeting, payload: this.t.greeting, hidden: true });
  }

  // --- screen readers and scrolling -------------------------------------------------
  announce(items) {
    const parts = [];
    for (const item of items) {
      const t = strings(item.lang || this.state.language);
      if (item.role === "bot" && item.text) parts.push(item.text);
      if (item.role === "triage" && t.levels[item.level]) parts.push(`${t.resultHeading}: ${t.levels[item.level]}`);
    }
    if (parts.length) this.say(`${this.t.assistant} ${parts.join("\n")}`);
  }

  say(text) {
    this.announcer.textContent = "";
    setTimeout(() => {
      this.announcer.textContent = text;
    }, 60);
  }

  scrollToEnd() {
    if (!this.log) return;
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** Show new bot messages from their start when they don't fit, else the end. */
  scrollToNew(first) {
    if (!first) return this.scrollToEnd();
    const fromFirst = this.log.scrollHeight - first.offsetTop;
    if (fromFirst > this.log.clientHeight) this.log.scrollTop = Math.max(0, first.offsetTop - 12);
    else this.scrollToEnd();
  }
}

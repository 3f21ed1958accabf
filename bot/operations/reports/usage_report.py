"""`make report`: anonymous figures for the practice, per ISO week, from the tracker store.

    python -m bot.operations.reports.usage_report [--endpoints endpoints.yml] [--out reports/usage.html]

Reads the events table of the tracker store the endpoints file names (SQLite or
PostgreSQL; no Rasa server needed) and writes one self-contained HTML page (charts drawn
here with matplotlib and embedded as PNG data URIs: no script, font or CDN is fetched)
and, next to it, a PNG with all charts on one image (reports/usage.png).

A *conversation* is a conversation session (Rasa starts a new one after an hour without
messages) with at least one user message; its week is the ISO week of its first user
message. Slots carried over from the previous session count for the language only.
- started: every such conversation; consented: the slot `consent` was set to true;
  declined: set to false;
- completed: `triage_level` was set (a result, including an emergency escalation);
  level and condition: the last `triage_level` / `triage_condition` of the conversation;
- language: the last `language` slot value; channel: the `input_channel` of its user
  messages (rest, whatsapp, socketio...);
- drop-out point: for conversations that did not complete, the last question asked
  (the last `requested_slot`); "consent (declined)" when the user said no;
  "(no question asked)" when the check never started;
- booking clicks: user messages that are a booking button's payload ("book an
  appointment", "afspraak maken") or were understood as a question about booking
  (`ask_question` with the topic `faq_booking`; `faq_booking` in older stores); counted,
  never kept.
Nothing personal goes into the report: no sender id, no message text, no answers other
than the triage result, only counts.
"""
from __future__ import annotations

import argparse
import base64
import html
import io
import json
import os
import sys
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Set

# A quiet command: the deprecation warnings Rasa's imports print are not ours.
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
with warnings.catch_warnings():
    warnings.showwarning = lambda *args, **kwargs: None
    import sqlalchemy as sa
    import yaml

    from bot.reading.faq import topics_in
    from bot.stores.tracker_store import EVENTS, StoreSettingsError, engine_from_endpoints, has_events_table

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_ENDPOINTS = "endpoints.yml"
DEFAULT_OUT = "reports/usage.html"
BOOKING_TOPIC = "faq_booking"
# the booking buttons' payloads when the domain can't be read (domain/responses_*.yml)
DEFAULT_BOOKING_PAYLOADS = frozenset({"book an appointment", "afspraak maken"})
LEVELS = ("emergency", "urgent", "doctor", "physio")
COUNTS = ("started", "consented", "declined", "completed", "booking_clicks", "booked_conversations")
NO_QUESTION = "(no question asked)"
DECLINED = "consent (declined)"
SLOTS = ("consent", "triage_level", "triage_condition", "language", "requested_slot")
# Readable names for the page (the code name follows in brackets; unknown ones stay as they are).
NAMES = {
    "cauda_equina": "cauda equina syndrome", "progressive_neurological_deficit": "worsening nerve problem",
    "possible_infection": "possible infection", "possible_fracture": "possible fracture",
    "possible_serious_cause": "possible serious cause", "radicular_syndrome": "nerve root (radicular) pain",
    "inflammatory_back_pain": "inflammatory back pain", "nonspecific_acute": "non-specific, acute",
    "nonspecific_subacute": "non-specific, subacute", "nonspecific_chronic": "non-specific, chronic",
    "nonspecific": "non-specific, duration unknown",
    "consent": "consent asked, no answer", "onset": "how it started", "duration_days": "how long",
    "leg_pain": "pain in the leg", "leg_numbness": "numbness or tingling", "leg_weakness": "leg weakness",
    "both_legs": "one or both legs", "saddle_numbness": "saddle numbness", "bladder_bowel": "bladder or bowel",
    "fever": "fever", "cancer_history": "cancer", "weight_loss": "weight loss", "night_pain": "night pain",
    "age_band": "age", "osteoporosis_or_steroids": "osteoporosis or steroids", "morning_stiffness": "morning stiffness",
}


def readable(name: str) -> str:
    return f"{NAMES[name]} ({name})" if name in NAMES else name


def booking_payloads(domain_dir: Path = ROOT / "domain") -> Set[str]:
    """Payloads of the buttons that link to the practice's booking page."""
    payloads: Set[str] = set()
    for path in sorted(domain_dir.glob("*.yml")) if domain_dir.is_dir() else []:
        try:
            responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        except yaml.YAMLError:
            continue
        for variations in responses.values():
            for variation in variations or []:
                for button in (variation or {}).get("buttons") or []:
                    if "booking_url" in str(button.get("url", "")) and isinstance(button.get("payload"), str):
                        payloads.add(button["payload"].strip().lower())
    return payloads or set(DEFAULT_BOOKING_PAYLOADS)


# --- reading the store ------------------------------------------------------------------
@dataclass
class Conversation:
    """What the report needs to know of one conversation session, and nothing more."""

    first_user_at: Optional[float] = None
    channel: Optional[str] = None
    booking_clicks: int = 0
    slots: Dict[str, Any] = field(default_factory=dict)  # last non-empty value of SLOTS
    consented: bool = False
    declined: bool = False
    completed: bool = False

    @property
    def started(self) -> bool:
        return self.first_user_at is not None

    @property
    def week(self) -> str:
        year, week, _ = datetime.fromtimestamp(self.first_user_at).isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def dropout(self) -> Optional[str]:
        if self.completed:
            return None
        if self.declined and not self.consented:
            return DECLINED
        return self.slots.get("requested_slot") or NO_QUESTION


def asks_to_book(intent: Optional[str], event: Dict[str, Any]) -> bool:
    """A question about booking: the topic among the question's (or, in stores written
    before questions were one intent, the topic as the intent)."""
    if intent == BOOKING_TOPIC:
        return True
    return intent == "ask_question" and BOOKING_TOPIC in topics_in(event.get("parse_data"))


def read_conversations(engine: sa.engine.Engine, booking: Optional[Set[str]] = None) -> Iterator[Conversation]:
    """Every conversation session of the store, read in one pass over the events table."""
    booking = booking if booking is not None else booking_payloads()
    if not has_events_table(engine):
        return
    query = (
        sa.select(EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.intent_name, EVENTS.c.data)
        .where(EVENTS.c.type_name.in_(["session_started", "user", "slot"]))
        .order_by(EVENTS.c.sender_id, EVENTS.c.id)
    )
    with engine.connect() as connection:
        rows = connection.execution_options(stream_results=True).execute(query)
        sender: Optional[str] = None
        current: Optional[Conversation] = None
        for sender_id, type_name, timestamp, intent, data in rows:
            if sender_id != sender or type_name == "session_started":
                if current is not None:
                    yield current
                sender, current = sender_id, Conversation()
                if type_name == "session_started":
                    continue
            event = json.loads(data)
            if type_name == "user":
                if current.first_user_at is None:
                    current.first_user_at = timestamp or event.get("timestamp")
                channel = event.get("input_channel") or (event.get("metadata") or {}).get("channel")
                if channel and not current.channel:
                    current.channel = str(channel)
                text = event.get("text")
                if asks_to_book(intent, event) or (isinstance(text, str) and text.strip().lower() in booking):
                    current.booking_clicks += 1
            elif event.get("name") in SLOTS:
                name, value = event["name"], event.get("value")
                if current.first_user_at is None and name != "language":
                    continue  # carried over from the previous session by action_session_start
                if name == "consent" and value is True:
                    current.consented = True
                elif name == "consent" and value is False:
                    current.declined = True
                elif name == "triage_level" and value:
                    current.completed = True
                if value not in (None, ""):
                    current.slots[name] = value
        if current is not None:
            yield current


# --- counting ---------------------------------------------------------------------------
def aggregate(conversations: Iterable[Conversation]) -> Dict[str, Any]:
    """Counts per ISO week and in total; only numbers and category names."""
    weeks: Dict[str, Dict[str, Any]] = defaultdict(lambda: {
        **{name: 0 for name in COUNTS}, "levels": Counter(), "conditions": Counter(),
        "languages": Counter(), "channels": Counter(), "dropouts": Counter(),
    })
    for conversation in conversations:
        if not conversation.started:
            continue
        week = weeks[conversation.week]
        week["started"] += 1
        week["consented"] += conversation.consented
        week["declined"] += conversation.declined
        week["completed"] += conversation.completed
        week["booking_clicks"] += conversation.booking_clicks
        week["booked_conversations"] += conversation.booking_clicks > 0
        if conversation.completed:
            week["levels"][str(conversation.slots.get("triage_level"))] += 1
            week["conditions"][str(conversation.slots.get("triage_condition") or "unknown")] += 1
        week["languages"][str(conversation.slots.get("language") or "unknown")] += 1
        week["channels"][conversation.channel or "unknown"] += 1
        if conversation.dropout:
            week["dropouts"][conversation.dropout] += 1
    ordered = {name: _plain(weeks[name]) for name in sorted(weeks)}
    total: Dict[str, Any] = {name: sum(w[name] for w in ordered.values()) for name in COUNTS}
    for key in ("levels", "conditions", "languages", "channels", "dropouts"):
        merged: Counter = Counter()
        for week in ordered.values():
            merged.update(week[key])
        total[key] = dict(merged.most_common())
    return {"weeks": ordered, "total": total}


def _plain(week: Dict[str, Any]) -> Dict[str, Any]:
    return {key: dict(value.most_common()) if isinstance(value, Counter) else value for key, value in week.items()}


# --- charts -----------------------------------------------------------------------------
COLOURS = {"started": "#5b8def", "consented": "#43b581", "completed": "#2e7d32", "declined": "#e0a030",
           "emergency": "#c62828", "urgent": "#ef6c00", "doctor": "#f9a825", "physio": "#2e7d32"}


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # no display, no GUI toolkit
    import matplotlib.pyplot as plt

    return plt


def _empty(ax, title: str) -> None:
    ax.set_title(title, fontsize=11, loc="left")
    ax.text(0.5, 0.5, "no conversations yet", ha="center", va="center", color="#777", transform=ax.transAxes)
    ax.set_axis_off()


def _weeks_axis(ax, weeks: List[str]) -> None:
    ax.set_xticks(range(len(weeks)), weeks, rotation=45 if len(weeks) > 6 else 0, fontsize=8)
    ax.set_xlim(-0.6, max(len(weeks), 4) - 0.4)  # a few weeks: bars keep a sensible width
    ax.yaxis.get_major_locator().set_params(integer=True)


def _legend(ax) -> None:
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def _draw_funnel(ax, report: Dict[str, Any]) -> None:
    weeks = list(report["weeks"])
    title = "Conversations per week"
    if not weeks:
        return _empty(ax, title)
    names = ("started", "consented", "completed")
    width = 0.8 / len(names)
    for index, name in enumerate(names):
        xs = [i + (index - 1) * width for i in range(len(weeks))]
        ax.bar(xs, [report["weeks"][w][name] for w in weeks], width, label=name, color=COLOURS[name])
    _weeks_axis(ax, weeks)
    _legend(ax)
    ax.set_title(title, fontsize=11, loc="left")


def _draw_levels(ax, report: Dict[str, Any]) -> None:
    weeks = list(report["weeks"])
    title = "Triage result per week"
    if not weeks or not report["total"]["levels"]:
        return _empty(ax, title)
    bottom = [0] * len(weeks)
    for level in [*LEVELS, *sorted(set(report["total"]["levels"]) - set(LEVELS))]:
        values = [report["weeks"][w]["levels"].get(level, 0) for w in weeks]
        if any(values):
            ax.bar(range(len(weeks)), values, 0.6, bottom=bottom, label=level, color=COLOURS.get(level, "#999"))
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    _weeks_axis(ax, weeks)
    _legend(ax)
    ax.set_title(title, fontsize=11, loc="left")


def _draw_counter(ax, counts: Dict[str, int], title: str, colour: str = "#5b8def") -> None:
    if not counts:
        return _empty(ax, title)
    labels = list(counts)[::-1]
    ax.barh([NAMES.get(label, label) for label in labels], [counts[label] for label in labels], color=colour)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="y", labelsize=8)
    for y, label in enumerate(labels):
        ax.text(counts[label], y, f" {counts[label]}", va="center", fontsize=8)
    ax.set_title(title, fontsize=11, loc="left")


def _draw_booking(ax, report: Dict[str, Any]) -> None:
    weeks = list(report["weeks"])
    title = "Booking clicks per week"
    if not weeks:
        return _empty(ax, title)
    ax.bar(range(len(weeks)), [report["weeks"][w]["booking_clicks"] for w in weeks], 0.6, color="#8e5bef")
    _weeks_axis(ax, weeks)
    ax.set_title(title, fontsize=11, loc="left")


def _language_and_channel(report: Dict[str, Any]) -> Dict[str, int]:
    total = report["total"]
    return {**{f"language: {k}": v for k, v in total["languages"].items()},
            **{f"channel: {k}": v for k, v in total["channels"].items()}}


CHARTS = [
    ("funnel", "Conversations per week", lambda ax, r: _draw_funnel(ax, r)),
    ("levels", "Triage result per week", lambda ax, r: _draw_levels(ax, r)),
    ("conditions", "Likely condition (completed checks)",
     lambda ax, r: _draw_counter(ax, r["total"]["conditions"], "Likely condition (completed checks)", "#2e7d32")),
    ("dropouts", "Where people stopped (not completed)",
     lambda ax, r: _draw_counter(ax, r["total"]["dropouts"], "Where people stopped (not completed)", "#e0a030")),
    ("language_channel", "Language and channel",
     lambda ax, r: _draw_counter(ax, _language_and_channel(r), "Language and channel")),
    ("booking", "Booking clicks per week", lambda ax, r: _draw_booking(ax, r)),
]


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def chart_pngs(report: Dict[str, Any]) -> Dict[str, bytes]:
    plt = _pyplot()
    pngs = {}
    for name, _title, draw in CHARTS:
        figure, ax = plt.subplots(figsize=(6.4, 3.4))
        draw(ax, report)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        pngs[name] = _png(figure)
        plt.close(figure)
    return pngs


def overview_png(report: Dict[str, Any], heading: str) -> bytes:
    """All charts on one image, like a screenshot of the report."""
    plt = _pyplot()
    figure, axes = plt.subplots(3, 2, figsize=(13, 12))
    for ax, (_name, _title, draw) in zip(axes.flat, CHARTS, strict=True):
        draw(ax, report)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    total = report["total"]
    figure.suptitle(f"{heading}\n{total['started']} conversations, {total['consented']} consented, "
                    f"{total['completed']} completed, {total['booking_clicks']} booking clicks",
                    fontsize=14, x=0.02, ha="left")
    figure.tight_layout(rect=(0, 0, 1, 0.95))
    data = _png(figure)
    plt.close(figure)
    return data


# --- the page ---------------------------------------------------------------------------
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:70rem;
     padding:0 1rem;color:#222}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.15rem;margin-top:2rem}
p.note{color:#555;font-size:.9rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:right} th:first-child,td:first-child{text-align:left}
th{background:#f5f5f5}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(28rem,1fr));gap:1rem}
.charts img{max-width:100%;border:1px solid #eee}
"""


def _table(rows: List[List[Any]], header: List[str], table_id: str) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def render_html(report: Dict[str, Any], pngs: Dict[str, bytes], practice: str, generated: datetime) -> str:
    total = report["total"]
    labels = {"started": "started", "consented": "consented", "declined": "declined consent",
              "completed": "completed", "booking_clicks": "booking clicks",
              "booked_conversations": "conversations with a booking click"}
    weekly_header = ["week", *[labels[c] for c in COUNTS], *LEVELS]
    weekly = [[week, *[w[c] for c in COUNTS], *[w["levels"].get(level, 0) for level in LEVELS]]
              for week, w in report["weeks"].items()]
    weekly.append(["total", *[total[c] for c in COUNTS], *[total["levels"].get(level, 0) for level in LEVELS]])

    def breakdown(key: str, what: str) -> str:
        weeks = list(report["weeks"])
        names = list(total[key])
        rows = [[readable(name), *[report["weeks"][w][key].get(name, 0) for w in weeks], total[key][name]]
                for name in names]
        if not rows:
            return "<p class=note>none yet</p>"
        return _table(rows, [what, *weeks, "total"], key)

    charts = "".join(
        f'<figure><img alt="{html.escape(title)}" src="data:image/png;base64,'
        f'{base64.b64encode(pngs[name]).decode("ascii")}"></figure>'
        for name, title, _draw in CHARTS
    )
    period = f"{next(iter(report['weeks']))} to {list(report['weeks'])[-1]}" if report["weeks"] else "no conversations yet"
    data = json.dumps(report, sort_keys=True).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assistant usage: {html.escape(practice)}</title>
<style>{STYLE}</style></head>
<body>
<h1>How the low back pain assistant is used</h1>
<p class="note">{html.escape(practice)} &middot; {html.escape(period)} &middot; generated
{html.escape(generated.strftime('%Y-%m-%d %H:%M'))}. Anonymous counts only: no names, phone numbers or messages.
A conversation counts in the ISO week of its first message.</p>
<h2>Per week</h2>
{_table(weekly, weekly_header, "weekly")}
<h2>Charts</h2>
<div class="charts">{charts}</div>
<h2>Likely condition (completed checks)</h2>
{breakdown("conditions", "condition")}
<h2>Where people stopped (conversations that did not complete)</h2>
<p class="note">The last question asked; "{DECLINED}" when the user did not agree to the check;
"{NO_QUESTION}" when the check never started (only questions or small talk).</p>
{breakdown("dropouts", "last question")}
<h2>Language</h2>
{breakdown("languages", "language")}
<h2>Channel</h2>
{breakdown("channels", "channel")}
<script type="application/json" id="usage-data">{data}</script>
</body></html>
"""


def write_report(engine: Optional[sa.engine.Engine], out: Path, practice: str = "the practice",
                 generated: Optional[datetime] = None) -> Dict[str, Any]:
    """Reads the store, writes `out` (HTML) and `out` with .png (all charts); returns the counts."""
    report = aggregate(read_conversations(engine) if engine is not None else [])
    out.parent.mkdir(parents=True, exist_ok=True)
    heading = f"Assistant usage: {practice}"
    out.write_text(render_html(report, chart_pngs(report), practice, generated or datetime.now()), encoding="utf-8")
    out.with_suffix(".png").write_bytes(overview_png(report, heading))
    return report


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.operations.reports.usage_report", description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoints", default=DEFAULT_ENDPOINTS,
                        help="endpoints file with the tracker_store section (default: %(default)s)")
    parser.add_argument("--out", default=DEFAULT_OUT, help="the HTML file to write (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        engine = engine_from_endpoints(args.endpoints)
    except StoreSettingsError as error:
        print(f"usage report: {error}", file=sys.stderr)
        return 2
    try:
        from bot.practice import current_practice

        practice = current_practice().name
    except Exception:  # noqa: BLE001 - the report does not need the practice file
        practice = "the practice"
    out = Path(args.out)
    try:
        report = write_report(engine, out, practice)
    except sa.exc.SQLAlchemyError as error:
        print(f"usage report: database error: {error.__class__.__name__}: {getattr(error, 'orig', error)}",
              file=sys.stderr)
        return 1
    finally:
        if engine is not None:
            engine.dispose()
    total = report["total"]
    print(f"usage report: {out} and {out.with_suffix('.png')}: {len(report['weeks'])} week(s), "
          f"{total['started']} conversations, {total['consented']} consented, {total['completed']} completed, "
          f"{total['booking_clicks']} booking clicks")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Date resolution: a sentence's time expressions, read against the article's published date.

In: the sentence (a spaCy Span), the event's trigger token, the published date (or None).
Out: (iso_date, precision) with precision day, week, month, year, reported or unknown.
Rules are our own, written for news prose ("on Wednesday", "earlier this week", "in October",
"since September", "last year"); a past-leaning reading, as news reports what has happened.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {m: i + 1 for i, m in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"))}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH_RE}\s+(?:of\s+)?(\d{{4}})\b", re.I)
_MONTH_ALONE = re.compile(rf"\b(?:in|since|during|until|by|from|early|late|mid|last|this)[\s-]+{_MONTH_RE}\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(?:in|since|during|by|of|from)\s+((?:19|20)\d{2})\b", re.I)
_WEEKDAY = re.compile(r"\b(?:(last|this|next)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RELATIVE = (
    (re.compile(r"\b(yesterday|last night)\b", re.I), "yesterday"),
    (re.compile(r"\b(today|tonight|this morning|this afternoon|this evening|earlier today)\b", re.I), "today"),
    (re.compile(r"\b(earlier this week|this week)\b", re.I), "this_week"),
    (re.compile(r"\blast week\b", re.I), "last_week"),
    (re.compile(r"\b(earlier this month|this month)\b", re.I), "this_month"),
    (re.compile(r"\blast month\b", re.I), "last_month"),
    (re.compile(r"\b(earlier this year|this year)\b", re.I), "this_year"),
    (re.compile(r"\blast year\b", re.I), "last_year"),
)


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")[:3] if token.lower().rstrip(".") not in MONTHS else token.lower().rstrip(".")]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _past_year(published: date | None, month: int, day: int = 1) -> int | None:
    """Year of the latest (month, day) not after published."""
    if published is None:
        return None
    year = published.year
    if (month, day) > (published.month, published.day):
        year -= 1
    return year


def _weekday(published: date, name: str, which: str | None) -> date:
    target = WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    if which and which.lower() == "next":
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if which and which.lower() == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def resolve_date(text: str, published: date | None) -> tuple[str | None, str]:
    """The date a piece of text speaks of, as (ISO string, precision).

    >>> resolve_date("They spoke on Wednesday.", date(2026, 1, 7))
    ('2026-01-07', 'day')
    >>> resolve_date("Sanctions came in October.", date(2026, 1, 7))
    ('2025-10', 'month')
    """
    m = _ISO.search(text)
    if m and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
        return d.isoformat(), "day"
    for regex, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        m = regex.search(text)
        if m:
            day, mon = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            month = _month_number(mon)
            year = int(m[3]) if m[3] else _past_year(published, month, int(day))
            if year and (d := _safe_date(year, month, int(day))):
                return d.isoformat(), "day"
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{int(m[2]):04d}-{_month_number(m[1]):02d}", "month"
    if published is not None:
        m = _WEEKDAY.search(text)
        if m:
            return _weekday(published, m[2], m[1]).isoformat(), "day"
        for regex, kind in _RELATIVE:
            if regex.search(text):
                return _relative(published, kind)
        m = _MONTH_ALONE.search(text)
        if m:
            month = _month_number(m[1])
            return f"{_past_year(published, month):04d}-{month:02d}", "month"
    m = _YEAR.search(text)
    if m:
        return m[1], "year"
    if published is not None:
        return published.isoformat(), "reported"
    return None, "unknown"


def _relative(published: date, kind: str) -> tuple[str, str]:
    if kind == "yesterday":
        return (published - timedelta(days=1)).isoformat(), "day"
    if kind == "today":
        return published.isoformat(), "day"
    if kind in ("this_week", "last_week"):
        monday = published - timedelta(days=published.weekday())
        if kind == "last_week":
            monday -= timedelta(days=7)
        return monday.isoformat(), "week"
    if kind == "this_month":
        return f"{published.year:04d}-{published.month:02d}", "month"
    if kind == "last_month":
        y, m = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return f"{y:04d}-{m:02d}", "month"
    if kind == "this_year":
        return str(published.year), "year"
    return str(published.year - 1), "year"


def event_date(sent, tok, published) -> tuple[str | None, str]:
    """Date from the trigger's clause first, then from the whole sentence."""
    head = tok if tok.pos_ == "VERB" else tok.head
    day, precision = resolve_date(" ".join(t.text for t in head.subtree), published)
    if precision == "reported":
        day, precision = resolve_date(sent.text, published)
    return day, precision

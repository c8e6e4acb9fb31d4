#!/usr/bin/env python3
"""What an independent reader makes of an .ics file: python3-icalendar parses, zoneinfo and the
file's own VTIMEZONEs resolve TZIDs, dateutil expands the rules. Prints JSON:

  {"events": [...], "vevents": N, "unread": [what it could not read], "error": null}

one entry per occurrence: uid, recurrenceId, summary (full text), status, allDay, start/end
(UTC instants, or for DATE values the dates, end exclusive), tzid, resolved, kind
('single' | 'occurrence' | 'override' | 'first' when the rule could not be expanded here).

A TZID is resolved by the file's VTIMEZONE of that name, else by zoneinfo; a Windows name
with no VTIMEZONE is reported with resolved: false and its wall clock, never guessed. Rules
are expanded the way Liaison promises to (3 years after DTSTART, 500 occurrences), so the
two can be compared; overrides replace the occurrence of their RECURRENCE-ID (by date on an
all-day series).
"""
import json
import re
import sys
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

from dateutil import rrule
from icalendar import Calendar
from icalendar.prop import vDDDTypes, vDuration

MAX_OCCURRENCES = 500
MAX_YEARS = 3
IANA = available_timezones()
UTC = timezone.utc
# Values this reader had to leave out: where any are, its reading is not the whole file.
UNREAD = []


def fail(message):
    print(json.dumps({"events": [], "vevents": 0, "unread": [], "error": message}))
    sys.exit(0)


def raw_of(prop):
    value = prop.to_ical()
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class Zones:
    def __init__(self, cal):
        self.vtimezones = {}
        for tz in cal.walk("VTIMEZONE"):
            try:
                self.vtimezones[str(tz["TZID"])] = tz
            except Exception:
                pass
        self.cache = {}
        # Floating times are read in the calendar's X-WR-TIMEZONE where it names a zone, else in UTC (the tests' user zone).
        wr = str(cal.get("X-WR-TIMEZONE", "")).strip()
        self.floating = ("zoneinfo", lambda wall, zi=ZoneInfo(wr): wall.replace(tzinfo=zi)) if wr in IANA else None

    def resolve(self, tzid):
        """(localize(wall) -> aware datetime, or None) for a TZID."""
        if tzid in self.cache:
            return self.cache[tzid]
        found = None
        vtz = self.vtimezones.get(tzid)
        if vtz is not None:
            try:
                tz = vtz.to_tz()
                found = ("vtimezone", lambda wall, tz=tz: tz.localize(wall))
            except Exception:
                found = None
        if found is None and tzid in IANA:
            zi = ZoneInfo(tzid)
            found = ("zoneinfo", lambda wall, zi=zi: wall.replace(tzinfo=zi))
        self.cache[tzid] = found
        return found


class Value:
    """A DTSTART/DTEND/RECURRENCE-ID/EXDATE value: a date, a UTC instant, a zoned or a floating wall clock."""

    def __init__(self, raw, tzid, zones):
        parsed = vDDDTypes.from_ical(raw.strip())
        self.tzid = tzid
        self.resolved = True
        self.is_date = isinstance(parsed, date) and not isinstance(parsed, datetime)
        if self.is_date:
            self.wall = datetime(parsed.year, parsed.month, parsed.day)
            self.zone = None
        elif parsed.tzinfo is not None:
            self.wall = parsed.astimezone(UTC).replace(tzinfo=None)
            self.tzid = "UTC"
            self.zone = ("utc", lambda wall: wall.replace(tzinfo=UTC))
        elif tzid:
            self.wall = parsed
            self.zone = zones.resolve(tzid)
            self.resolved = self.zone is not None
        else:
            self.wall = parsed
            self.zone = zones.floating

    def instant(self, wall=None):
        wall = self.wall if wall is None else wall
        if self.zone is None:
            return wall.replace(tzinfo=UTC)
        return self.zone[1](wall).astimezone(UTC)


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def value_of(component, name, zones):
    prop = component.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):
        prop = prop[0]
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    return Value(raw_of(prop), str(tzid) if tzid is not None else None, zones)


def values_of(component, name, zones):
    props = component.get(name)
    if props is None:
        return []
    if not isinstance(props, list):
        props = [props]
    out = []
    for prop in props:
        if prop is None:  # a value python3-icalendar could not read (Google's "date+Z" RDATEs)
            UNREAD.append(f"{name} of {text_of(component, 'UID') or 'a VEVENT without UID'}: a value python3-icalendar cannot read")
            continue
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        for raw in raw_of(prop).split(","):
            raw = raw.split("/")[0]  # a PERIOD starts an occurrence
            if raw.strip():
                try:
                    out.append(Value(raw, str(tzid) if tzid is not None else None, zones))
                except Exception:
                    UNREAD.append(f"{name} of {text_of(component, 'UID') or 'a VEVENT without UID'}: {raw!r} cannot be read")
    return out


def text_of(component, name):
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value)


def rules_of(component):
    """The RRULE lines as text, spaces inside values dropped (Exchange CDO writes 'MO, TU')."""
    props = component.get("RRULE")
    if props is None:
        return []
    if not isinstance(props, list):
        props = [props]
    return [re.sub(r"\s+", "", raw_of(p)) for p in props]


def occurrence(base, start_wall, length, start_value, kind, recurrence_id):
    out = dict(base)
    out["kind"] = kind
    out["recurrenceId"] = recurrence_id
    if start_value.is_date:
        out["allDay"] = True
        out["start"] = start_wall.date().isoformat()
        out["end"] = (start_wall + length).date().isoformat()
    else:
        out["allDay"] = False
        out["wallStart"] = start_wall.strftime("%Y-%m-%dT%H:%M:%S")
        if start_value.zone is None and start_value.tzid:
            out["start"] = None
            out["end"] = None
        else:
            begin = start_value.instant(start_wall)
            out["start"] = iso(begin)
            out["end"] = iso(begin + length)
    return out


def recurrence_key(value, series_start):
    """How an occurrence is named: its date on an all-day series, else its UTC instant (wall when unresolved)."""
    if series_start.is_date:
        return value.wall.date().isoformat()
    if not value.resolved:
        return value.wall.isoformat()
    if value.is_date:
        return value.wall.date().isoformat()
    return iso(value.instant())


def length_of(component, start, zones):
    end = value_of(component, "DTEND", zones)
    if end is not None:
        if start.is_date:
            return timedelta(days=max(1, (end.wall.date() - start.wall.date()).days))
        if end.is_date:
            return end.wall - start.wall
        if start.resolved and end.resolved and start.zone is not None and end.zone is not None:
            return end.instant() - start.instant()
        return end.wall - start.wall
    duration = component.get("DURATION")
    if duration is not None:
        return vDuration.from_ical(raw_of(duration))
    return timedelta(days=1) if start.is_date else timedelta(0)


def expand(component, start, zones):
    """Wall clocks of the series, or None where dateutil cannot do it simply."""
    rules = rules_of(component)
    if not start.resolved:
        return None
    # Liaison's cap: occurrences before the same wall clock MAX_YEARS later (29 February becomes the 28th).
    try:
        cap = start.wall.replace(year=start.wall.year + MAX_YEARS)
    except ValueError:
        cap = start.wall.replace(year=start.wall.year + MAX_YEARS, day=28)
    rset = rrule.rruleset()
    try:
        for text in rules:
            # UNTIL in UTC is brought to the series' wall clock: dateutil expands naive wall clocks.
            def until(m):
                raw = m.group(1)
                v = vDDDTypes.from_ical(raw)
                if isinstance(v, datetime) and v.tzinfo is not None:
                    if start.is_date:
                        w = v.astimezone(UTC).replace(tzinfo=None)
                    elif start.zone is None:
                        w = v.astimezone(UTC).replace(tzinfo=None)
                    else:
                        w = v.astimezone(start.zone[1](start.wall).tzinfo).replace(tzinfo=None)
                        probe = start.zone[1](w)
                        w = (w - (probe.astimezone(UTC).replace(tzinfo=None) - v.astimezone(UTC).replace(tzinfo=None)))
                    return "UNTIL=" + w.strftime("%Y%m%dT%H%M%S")
                if isinstance(v, datetime):
                    return "UNTIL=" + v.strftime("%Y%m%dT%H%M%S")
                return "UNTIL=" + v.strftime("%Y%m%d") + ("T235959" if not start.is_date else "")

            text = re.sub(r"UNTIL=([0-9TZ]+)", until, text)
            rset.rrule(rrule.rrulestr(text, dtstart=start.wall))
    except Exception as e:  # noqa: BLE001
        return None
    rset.rdate(start.wall)
    for v in values_of(component, "RDATE", zones):
        rset.rdate(to_wall(v, start))
    walls = []
    for wall in rset:
        if wall >= cap or len(walls) >= MAX_OCCURRENCES:
            break
        walls.append(wall)
    excluded = values_of(component, "EXDATE", zones)
    keep = []
    for wall in walls:
        if any(matches(ex, wall, start) for ex in excluded):
            continue
        keep.append(wall)
    return keep


def to_wall(value, start):
    """A value as a wall clock of the series' zone."""
    if value.is_date:
        return datetime.combine(value.wall.date(), start.wall.time())
    if value.zone is not None and start.zone is not None and value.resolved and start.resolved:
        instant = value.instant()
        return instant.astimezone(start.zone[1](start.wall).tzinfo).replace(tzinfo=None)
    return value.wall


def matches(ex, wall, start):
    if ex.is_date:
        return ex.wall.date() == wall.date()
    if start.is_date:
        return ex.wall.date() == wall.date()
    if ex.zone is None or start.zone is None or not ex.resolved:
        return ex.wall == wall
    return ex.instant() == start.instant(wall)


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        cal = Calendar.from_ical(data)
    except Exception as e:  # noqa: BLE001
        fail(f"python3-icalendar cannot parse it: {e}")
    zones = Zones(cal)
    vevents = list(cal.walk("VEVENT"))
    masters, overrides = {}, {}
    order = []
    for component in vevents:
        uid = text_of(component, "UID") or None
        rid = component.get("RECURRENCE-ID")
        if rid is not None and uid is not None:
            overrides.setdefault(uid, []).append(component)
        else:
            order.append((uid, component))
            if uid is not None:
                masters.setdefault(uid, component)
    events = []
    for uid, component in order:
        base = {
            "uid": uid,
            "summary": text_of(component, "SUMMARY"),
            "status": text_of(component, "STATUS").strip().upper(),
            "tzid": None,
            "resolved": True,
        }
        try:
            start = value_of(component, "DTSTART", zones)
        except Exception as e:  # noqa: BLE001
            events.append({**base, "kind": "unreadable", "error": f"DTSTART: {e}"})
            continue
        if start is None:
            events.append({**base, "kind": "no-dtstart"})
            continue
        base["tzid"] = start.tzid
        base["resolved"] = start.resolved
        length = length_of(component, start, zones)
        own = overrides.pop(uid, []) if uid is not None and masters.get(uid) is component else []
        if not rules_of(component) and not component.get("RDATE"):
            events.append(occurrence(base, start.wall, length, start, "single", None))
            for o in own:
                events.extend(override_of(o, start, zones))
            continue
        walls = expand(component, start, zones)
        if walls is None:
            events.append(occurrence(base, start.wall, length, start, "first", None))
            for o in own:
                events.extend(override_of(o, start, zones))
            continue
        by_key = {}
        for o in own:
            try:
                rid = Value(raw_of(o["RECURRENCE-ID"]), o["RECURRENCE-ID"].params.get("TZID"), zones)
            except Exception:
                continue
            by_key.setdefault(recurrence_key(rid, start), o)
        for wall in walls:
            probe = Value.__new__(Value)
            probe.__dict__.update(start.__dict__)
            probe.wall = wall
            key = recurrence_key(probe, start)
            if key in by_key:
                events.extend(override_of(by_key.pop(key), start, zones))
            else:
                events.append(occurrence(base, wall, length, start, "occurrence", key))
        for o in by_key.values():
            events.extend(override_of(o, start, zones))
    # Overrides with no master in the file stand on their own.
    for uid, comps in overrides.items():
        for o in comps:
            events.extend(override_of(o, None, zones))
    print(json.dumps({"events": events, "vevents": len(vevents), "unread": UNREAD, "error": None}, ensure_ascii=False))


def override_of(component, series_start, zones):
    base = {
        "uid": text_of(component, "UID") or None,
        "summary": text_of(component, "SUMMARY"),
        "status": text_of(component, "STATUS").strip().upper(),
    }
    try:
        start = value_of(component, "DTSTART", zones)
        rid = Value(raw_of(component["RECURRENCE-ID"]), component["RECURRENCE-ID"].params.get("TZID"), zones)
    except Exception as e:  # noqa: BLE001
        return [{**base, "kind": "unreadable", "error": str(e)}]
    if start is None:
        return [{**base, "kind": "no-dtstart"}]
    base["tzid"] = start.tzid
    base["resolved"] = start.resolved
    key = recurrence_key(rid, series_start or rid)
    return [occurrence(base, start.wall, length_of(component, start, zones), start, "override", key)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        fail("usage: ics_expect.py FILE.ics")
    read(sys.argv[1])

#!/usr/bin/env python3
"""What python3-icalendar sees of an exported .ics file, as JSON: each VEVENT's UID and whether it has DTSTAMP and
DTSTART; the TZIDs the events use and those a VTIMEZONE defines; or the error that stopped it from parsing."""
import json
import sys

from icalendar import Calendar

USES_TZID = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE")


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        cal = Calendar.from_ical(data)
    except Exception as e:  # noqa: BLE001
        print(json.dumps({"error": f"python3-icalendar cannot parse it: {e}"}))
        return
    vevents, used = [], set()
    for component in cal.walk("VEVENT"):
        vevents.append({
            "uid": str(component.get("UID", "")) or None,
            "dtstamp": "DTSTAMP" in component,
            "dtstart": "DTSTART" in component,
            "summary": str(component.get("SUMMARY", "")),
        })
        for name in USES_TZID:
            props = component.get(name)
            for prop in props if isinstance(props, list) else [props] if props is not None else []:
                tzid = getattr(prop, "params", {}).get("TZID")
                if tzid:
                    used.add(str(tzid))
    defined = sorted(str(tz["TZID"]) for tz in cal.walk("VTIMEZONE") if "TZID" in tz)
    print(json.dumps({"error": None, "vevents": vevents, "tzidsUsed": sorted(used), "tzidsDefined": defined}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

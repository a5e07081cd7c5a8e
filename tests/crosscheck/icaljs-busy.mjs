// Busy periods of .ics files by Mozilla's ical.js, with the rules Shuzai says it applies
// (schedulingservice.cpp / icalreader.cpp), so that only the reading and expanding differ:
//  - a VEVENT with STATUS:CANCELLED, TRANSP:TRANSPARENT or X-MICROSOFT-CDO-BUSYSTATUS:FREE is
//    left out (an override so marked drops that occurrence);
//  - repeating events are expanded with ical.js's own iterator (RRULE, RDATE, EXDATE,
//    RECURRENCE-ID overrides related with Event.relateException);
//  - an occurrence is kept when it overlaps [from, to): start < to && end > from;
//  - floating times (and dates) are read in the campaign's zone; a TZID with no VTIMEZONE in
//    the file is looked up as an IANA name with Intl (RFC 5545 wants a VTIMEZONE; ical.js alone
//    would treat it as floating) - such fallbacks are listed in "notes";
//  - VFREEBUSY FREEBUSY periods count unless FBTYPE=FREE.
// Usage: node icaljs-busy.mjs FROM_UTC TO_UTC ZONE FILE...   (prints JSON)
import fs from 'fs';
import ICAL from 'ical.js';

const [fromIso, toIso, zone, ...files] = process.argv.slice(2);
const FROM = Date.parse(fromIso), TO = Date.parse(toIso);
const MAX_OCC = 200000;

const WINDOWS = {
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'W. Europe Standard Time': 'Europe/Berlin',
  'GMT Standard Time': 'Europe/London',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'UTC': 'UTC',
};

function ianaOf(tzid) {
  if (!tzid) return null;
  let t = String(tzid).trim().replace(/^"|"$/g, '');
  if (WINDOWS[t]) return WINDOWS[t];
  // "/freeassociation.sourceforge.net/Europe/Berlin", "/mozilla.org/20050126_1/Asia/Tokyo"
  const parts = t.split('/');
  const cand = [t];
  for (let i = 1; i < parts.length; i++) cand.push(parts.slice(i).join('/'));
  for (const c of cand) {
    try { new Intl.DateTimeFormat('en', { timeZone: c }); return c; } catch (e) { /* next */ }
  }
  return null;
}

function offsetMs(iana, utcMs) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

function wallToUtc(t, iana) {
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.isDate ? 0 : t.hour, t.isDate ? 0 : t.minute,
                        t.isDate ? 0 : t.second);
  let guess = wall - offsetMs(iana, wall);
  const o2 = offsetMs(iana, guess);
  guess = wall - o2;
  return guess;
}

// UTC ms of an ICAL.Time. tzid: the TZID parameter of the property it came from.
function utcOf(t, tzid, notes) {
  if (t.zone === ICAL.Timezone.utcTimezone) return t.toUnixTime() * 1000;
  if (t.zone && t.zone !== ICAL.Timezone.localTimezone && t.zone.tzid !== 'floating')
    return t.toUnixTime() * 1000;
  if (tzid) {
    const iana = ianaOf(tzid);
    if (iana) { notes.add(`TZID ${tzid} has no VTIMEZONE: read as IANA ${iana}`); return wallToUtc(t, iana); }
    notes.add(`TZID ${tzid} unknown: read as floating (${zone})`);
  }
  return wallToUtc(t, zone);
}

function tzidOf(prop) { return prop ? prop.getParameter('tzid') : null; }

function isLeftOut(comp) {
  const status = comp.getFirstPropertyValue('status');
  if (status && String(status).toUpperCase() === 'CANCELLED') return 'cancelled';
  const transp = comp.getFirstPropertyValue('transp');
  if (transp && String(transp).toUpperCase() === 'TRANSPARENT') return 'free';
  const cdo = comp.getFirstPropertyValue('x-microsoft-cdo-busystatus');
  if (cdo && String(cdo).toUpperCase() === 'FREE') return 'free';
  return null;
}

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

function readFile(file) {
  const res = { file, periods: [], notes: new Set(), events: 0, cancelled: 0, free: 0 };
  let text = fs.readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let jcal;
  try {
    jcal = ICAL.parse(text);
  } catch (e) {
    return { file, error: 'parse: ' + e.message };
  }
  const roots = Array.isArray(jcal[0]) ? jcal : [jcal];
  for (const j of roots) {
    const cal = new ICAL.Component(j);
    if (cal.name !== 'vcalendar') return { file, error: 'no VCALENDAR (the file is a bare ' + cal.name.toUpperCase() + ')' };
    const vevents = cal.getAllSubcomponents('vevent');
    const byUid = new Map();
    const overrides = [];
    for (const ve of vevents) {
      if (ve.hasProperty('recurrence-id')) overrides.push(ve);
    }
    for (const ve of vevents) {
      if (ve.hasProperty('recurrence-id')) continue;
      res.events++;
      const why = isLeftOut(ve);
      if (why) { res[why]++; continue; }
      let ev;
      try {
        ev = new ICAL.Event(ve);
        for (const o of overrides) if (o.getFirstPropertyValue('uid') === ev.uid) ev.relateException(o);
      } catch (e) { return { file, error: 'event: ' + e.message }; }
      const dtstart = ve.getFirstProperty('dtstart');
      if (!dtstart) return { file, error: 'VEVENT without DTSTART (uid ' + ev.uid + ')' };
      const tzStart = tzidOf(dtstart);
      const tzEnd = tzidOf(ve.getFirstProperty('dtend')) || tzStart;
      try {
        if (!ev.isRecurring()) {
          const s = utcOf(ev.startDate, tzStart, res.notes);
          const e = ve.hasProperty('dtend') ? utcOf(ev.endDate, tzEnd, res.notes)
                                            : s + (ev.endDate.subtractDate(ev.startDate).toSeconds() * 1000);
          if (s < TO && e > FROM) res.periods.push({ uid: ev.uid, start: iso(s), end: iso(e) });
          continue;
        }
        const it = ev.iterator();
        let n = 0, next;
        while ((next = it.next()) && n++ < MAX_OCC) {
          const d = ev.getOccurrenceDetails(next);
          const item = d.item;
          const isOverride = item !== ev;
          const itemTz = isOverride ? tzidOf(item.component.getFirstProperty('dtstart')) : tzStart;
          const itemTzEnd = isOverride ? (tzidOf(item.component.getFirstProperty('dtend')) || itemTz) : tzEnd;
          // the series' own start, to stop once past the window
          const seriesStart = utcOf(next, tzStart, res.notes);
          if (seriesStart >= TO + 400 * 86400e3) break;
          if (isOverride && isLeftOut(item.component)) continue;
          const s = utcOf(d.startDate, itemTz, res.notes);
          let e;
          if (isOverride) {
            e = item.component.hasProperty('dtend') ? utcOf(d.endDate, itemTzEnd, res.notes)
                                                     : s + d.endDate.subtractDate(d.startDate).toSeconds() * 1000;
          } else {
            // same length as the first occurrence in UTC (Shuzai: series.length in seconds)
            const s0 = utcOf(ev.startDate, tzStart, res.notes);
            const e0 = ve.hasProperty('dtend') ? utcOf(ev.endDate, tzEnd, res.notes)
                                               : s0 + ev.endDate.subtractDate(ev.startDate).toSeconds() * 1000;
            e = s + (e0 - s0);
          }
          if (s < TO && e > FROM) res.periods.push({ uid: ev.uid, start: iso(s), end: iso(e), ...(isOverride ? { override: true } : {}) });
        }
        if (n >= MAX_OCC) res.notes.add('stopped after ' + MAX_OCC + ' occurrences');
      } catch (e) {
        return { file, error: 'expand: ' + e.message };
      }
    }
    // Overrides whose master is missing: one occurrence each.
    for (const o of overrides) {
      const uid = o.getFirstPropertyValue('uid');
      if (vevents.some((v) => !v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid)) continue;
      res.events++;
      const why = isLeftOut(o);
      if (why) { res[why]++; continue; }
      const ev = new ICAL.Event(o);
      const s = utcOf(ev.startDate, tzidOf(o.getFirstProperty('dtstart')), res.notes);
      const e = utcOf(ev.endDate, tzidOf(o.getFirstProperty('dtend')) || tzidOf(o.getFirstProperty('dtstart')), res.notes);
      res.notes.add('orphan RECURRENCE-ID event ' + uid);
      if (s < TO && e > FROM) res.periods.push({ uid, start: iso(s), end: iso(e), orphan: true });
    }
    for (const fb of cal.getAllSubcomponents('vfreebusy')) {
      for (const p of fb.getAllProperties('freebusy')) {
        const type = p.getParameter('fbtype');
        for (const v of p.getValues()) {
          res.events++;
          if (type && String(type).toUpperCase() === 'FREE') { res.free++; continue; }
          const s = utcOf(v.start, null, res.notes);
          const e = v.end ? utcOf(v.end, null, res.notes) : s + v.duration.toSeconds() * 1000;
          if (e > s && s < TO && e > FROM) res.periods.push({ uid: '', start: iso(s), end: iso(e) });
        }
      }
    }
  }
  res.notes = [...res.notes];
  res.periods.sort((a, b) => (a.start + a.end + a.uid).localeCompare(b.start + b.end + b.uid));
  return res;
}

const out = [];
for (const f of files) {
  try { out.push(readFile(f)); } catch (e) { out.push({ file: f, error: 'crash: ' + e.message }); }
}
process.stdout.write(JSON.stringify(out, null, 1));

/**
 * A radio net on which several medics each report their own casualties ("Reaper Five, this is Doc Kim, one urgent
 * surgical, over. … Reaper Five, Doc Abernathy, one priority, over. …"): each medic's call-up opens his report, and
 * his report is read on its own, so his "first" and "second" are his, and nothing he says lands on another medic's
 * casualty.
 */
import type { ReadByCasualty } from './rewritten-text.js';
import { blank } from './blanked-text.js';

/** The medic who calls up: "Doc Kim", "this is Medic Alvarez"; his name capitalized ("doc is", "medic says" name no one). */
const CALLER = /\b(?:[Dd]oc|DOC|[Mm]edic|MEDIC)\s+([A-Z][a-z'-]+)/;
/**
 * What a call-up announces: a count of casualties or a category ("two casualties", "one urgent surgical"), a report,
 * or a count had, said right before "over" ("I've got two, over").
 */
const ANNOUNCES =
  /\b(?:(?:one|two|three|four|five|[1-5])\s+(?:casualt(?:y|ies)|patients?|wounded|urgent|priority|routine)|casualty report|(?:got|have)\s+(?:one|two|three|four|five|[1-5])(?=\s*,\s*over\b))\b/i;
/** A transmission that hands the net over to the other station. */
const ENDS_OVER = /\bover\W*$/i;

/**
 * Where each medic's report opens (offsets of its call-up lines), when two medics or more call up on the net; else
 * an empty list. A call-up is a line naming the medic ("Doc …"), announcing casualties and ending "over"; the station
 * that answers him by name ("Doc Kim, Reaper Five, send it.") opens nothing.
 */
export function reportStarts(text: string): number[] {
  const starts: number[] = [];
  let caller: string | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const name = CALLER.exec(line)?.[1].toLowerCase();
    if (name && name !== caller && ANNOUNCES.test(line) && ENDS_OVER.test(line.trim())) {
      starts.push(at);
      caller = name;
    }
    at += line.length + 1;
  }
  return starts.length >= 2 ? starts : [];
}

/**
 * Each report of the net read by `read` on its own (the other reports blanked, so offsets hold), its casualties in
 * the order the reports come; undefined when the text is no net of several medics' reports. What a report says of
 * all its casualties goes with each of them, not with another medic's.
 */
export function readReports<R extends ReadByCasualty>(text: string, read: (text: string) => R): R | undefined {
  const starts = reportStarts(text);
  if (starts.length === 0) return undefined;
  // What the net's control says before the first call-up ("All stations, … pickup for everybody") is said to all.
  const ranges = starts.map((s, k) => ({ start: s, end: starts[k + 1] ?? text.length }));
  const opening = { start: 0, end: starts[0] };
  // The medics who call up are who speaks, never a casualty ("Doc Kim: Warlord Seven, Doc Kim, one casualty.").
  const callers = new RegExp(CALLER.source, 'g');
  const unnamed = text.replace(callers, blank);
  const results = ranges.map((r) => ({
    range: r,
    result: read(
      unnamed.slice(0, opening.end) +
        blank(unnamed.slice(opening.end, r.start)) +
        unnamed.slice(r.start, r.end) +
        blank(unnamed.slice(r.end)),
    ),
  }));
  const first = results[0].result;
  return {
    ...first,
    casualties: results.flatMap(({ result }) => result.casualties),
    // The opening, read with each report, lists what it leaves unattributed once.
    unattributed: results
      .flatMap(({ result }) => result.unattributed)
      .filter((e, k, all) => all.findIndex((f) => f.path === e.path && f.start === e.start) === k),
    parts: {
      casualties: results.flatMap(({ range, result }) =>
        result.parts
          ? result.parts.casualties.map((own) => [...result.parts!.preamble, ...own, ...result.parts!.shared])
          : result.casualties.map(() => (opening.end > 0 ? [opening, range] : [range])),
      ),
      preamble: [],
      shared: [],
      ofNoOne: results.flatMap(({ result }) => result.parts?.ofNoOne ?? []),
    },
  };
}

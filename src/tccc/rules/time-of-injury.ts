/**
 * Time of injury: when the casualty was hurt, read only where the narrative ties a time to the
 * injury itself ("time of injury 0253", "TOI 1142", "IED blast 0253", "hit at about fourteen twenty",
 * "injured at 0540", "stepped on a landmine at 0815"). The time care began is never read as one.
 * The clock is claimed, so no treatment or vitals set takes it as its own time.
 */
import { readClock } from '../text/clock.js';
import { claim } from './attributes.js';
import type { Doc } from './document.js';
import type { Found } from './found.js';
import { spanOf } from './found.js';

/** Labels a time of injury follows directly ("TOI: 0253", "time of injury was 0253"). */
const LABELS = [['time', 'of', 'injury'], ['time', 'of', 'wounding'], ['toi'], ['t', 'o', 'i']];
/** Words of the injuring event; a time after "at" (or right after a blast) within a few words is when it happened. */
const EVENT_WORDS = new Set([
  'hit',
  'injured',
  'wounded',
  'struck',
  'blast',
  'explosion',
  'exploded',
  'detonated',
  'detonation',
  'ied',
  'rpg',
  'vbied',
  'landmine',
  'rollover',
  'rolled',
  'crashed',
  'crash',
  'fell',
  'grenade',
  'mortar',
]);
/** Event words a time may follow directly, with no "at" ("RPG impact 0455", "IED strike 0455"); "impact" and "strike" only so ("air strike called at 0500" is no injury). */
const BLAST_WORDS = new Set(['blast', 'explosion', 'detonation', 'ied', 'rpg', 'vbied', 'impact', 'strike']);
/** Words that may stand between "at" and the time ("at about 1420"). */
const HEDGES = new Set(['about', 'around', 'approx', 'approximately', 'roughly', '~', 'or', 'so']);
/** Between a label and its time. */
const LABEL_GAP = new Set([':', '-', 'is', 'was', 'at', 'about', 'around', 'approx', 'approximately', '~', 'of']);
/** How many tokens after an event word, in its phrase, "at <time>" may start ("fell approx 20 ft at 1650"). */
const EVENT_REACH = 6;

/** The time of injury and the token its clock starts at, or null when the narrative ties no time to the injury. */
export function findTimeOfInjury(doc: Doc): (Found<string> & { at: number }) | null {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i])) continue;
    const label = LABELS.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));
    if (label) {
      let j = i + label.length;
      while (j < tokens.length && LABEL_GAP.has(tokens[j].norm)) j++;
      const found = clockAt(doc, i, j);
      if (found) return found;
      continue;
    }
    if (!EVENT_WORDS.has(tokens[i].norm) && !BLAST_WORDS.has(tokens[i].norm)) continue;
    // "IED blast 0253": a blast word with the time right after it.
    if (BLAST_WORDS.has(tokens[i].norm) && tokens[i + 1]?.kind !== 'word') {
      const found = clockAt(doc, i, i + 1);
      if (found) return found;
    }
    if (!EVENT_WORDS.has(tokens[i].norm)) continue;
    const end = Math.min(doc.chunkEnd[i], i + 1 + EVENT_REACH);
    for (let j = i + 1; j < end; j++) {
      if (tokens[j].norm !== 'at' && tokens[j].norm !== '@') continue;
      let k = j + 1;
      while (k < doc.sentenceEnd[i] && HEDGES.has(tokens[k]?.norm ?? '')) k++;
      const found = clockAt(doc, i, k);
      if (found) return found;
      break;
    }
  }
  return null;
}

function clockAt(doc: Doc, from: number, at: number): (Found<string> & { at: number }) | null {
  if (doc.claimed[at] || doc.sentence[at] !== doc.sentence[from]) return null;
  const clock = readClock(doc.tokens, at) ?? beforeBy(doc, at);
  if (!clock) return null;
  claim(doc, { start: at, end: clock.end });
  return { value: clock.time, span: spanOf(doc, from, clock.end), at };
}

/** "hit at about fourteen twenty by a sniper": four digits before "by" (a size word elsewhere, "10 by 10 cm") are the time. */
function beforeBy(doc: Doc, at: number): { time: string; end: number } | null {
  const t = doc.tokens[at];
  if (t?.digits?.length !== 4 || doc.tokens[at + 1]?.norm !== 'by') return null;
  const [hours, minutes] = [Number(t.digits.slice(0, 2)), Number(t.digits.slice(2))];
  return hours <= 23 && minutes <= 59 ? { time: `${t.digits.slice(0, 2)}:${t.digits.slice(2)}`, end: at + 1 } : null;
}

/**
 * Reads a narrative's casualty switches in order: names the medic calls, casualties known by what they are,
 * and every switch `casualty-switch.ts` reads. `casualty-split.ts` cuts the narrative at them.
 */
import type { Token } from '../text/tokenize.js';
import { callTo, fullCalledName } from './called-names.js';
import { listedRoles, norm, switchAt } from './casualty-switch.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { descriptionSwitchAt } from './switch-descriptors.js';
import { woundSwitchAt } from './switch-wounds.js';
import { rankSwitchAt } from './switch-ranks.js';
import { handoverSwitchAt } from './handover-switches.js';
import type { Switch } from './switch-targets.js';
import { opensSentence } from './sentence-ends.js';
import { lineStampBefore } from './switch-words.js';
import { tagSwitchAt } from './triage-tags.js';
import { colourSwitchAt } from './tag-colours.js';
import { litterSwitchAt } from './litter-positions.js';
import { placeSwitchAt } from './found-places.js';
import { kinSwitchAt } from './kin-names.js';
import { SELF, selfSwitchAt } from './self-aid.js';
import { nameFieldSwitchAt } from './name-fields.js';

/** Words that lead into a switch ("moving on to the second guy", "back to the first one"). */
const LEAD_INS = new Set(['the', 'back', 'over', 'to', 'moving', 'on', 'and', 'now']);

/**
 * The switches of a narrative; `roles` once it says it has several, `known` the surnames known per casualty,
 * `called` the names the medic calls, `descriptions` what each casualty was said to be, `wounds` what each was wounded.
 */
export function scanSwitches(
  tokens: Token[],
  roles: boolean,
  known: readonly (string | undefined)[],
  called: readonly string[],
  descriptions: readonly (string | undefined)[],
  wounds: readonly (readonly string[] | undefined)[] = [],
): Switch[] {
  const switches: Switch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const call = called.length > 0 ? callTo(tokens, i, called) : -1;
    // "two from the Humvee, the driver and the gunner": roles listed together introduce them, as descriptions too.
    const described = listedRoles(tokens, i)
      ? null
      : (descriptionSwitchAt(tokens, i, descriptions) ??
        woundSwitchAt(tokens, i, wounds) ??
        rankSwitchAt(tokens, i, known) ??
        handoverSwitchAt(tokens, i));
    // "Erik, look at me" of "PFC Erik Lindqvist": the casualty his full name opened.
    const full = call >= 0 ? fullCalledName(tokens, called[call]) : undefined;
    const s =
      call >= 0
        ? { target: { key: `name:${full?.key ?? called[call]}` }, end: i, ...(full ? { called: full.name } : {}) }
        : (placeSwitchAt(tokens, i) ??
          described ??
          tagSwitchAt(tokens, i) ??
          colourSwitchAt(tokens, i) ??
          litterSwitchAt(tokens, i) ??
          kinSwitchAt(tokens, i) ??
          selfSwitchAt(tokens, i) ??
          nameFieldSwitchAt(tokens, i) ??
          switchAt(tokens, i, roles, known));
    if (!s) continue;
    // A switch that labels nothing right after another's label says the same casualty ("1. SGT Cole", "Cas A: SPC
    // Lane"), as after a triage category heading the item ("1. Urgent. SGT Ames").
    const last = switches[switches.length - 1];
    const between = tokens.slice(last?.end ?? i, i);
    // Never the medic turning to himself ("Castillo's urgent. Me, priority."): "me" is no one else.
    const self = 'key' in s.target && s.target.key === SELF;
    if (s.end <= i && last && !self && between.every((t) => t.kind === 'punct' || PRIORITY_WORDS.has(t.norm))) continue;
    let at = s.start ?? i;
    const floor = switches.length > 0 ? switches[switches.length - 1].end : 0;
    while (at - 1 >= floor && LEAD_INS.has(norm(tokens, at - 1))) at--;
    // "She got the same moxi as the first patient", "Like Kowalczyk, he needed a tourniquet": one named to compare
    // with is no turn to him; the words stay the one spoken of.
    if (comparedWith(tokens, at)) continue;
    // "0241Z L1 HR 128": the time the log line opens with is that casualty's words too.
    const stamp = lineStampBefore(tokens, at);
    const from = correctionBefore(tokens, at, floor) ?? (stamp >= floor ? stamp : undefined);
    switches.push({
      at,
      end: s.end,
      target: s.target,
      ofCurrent: s.ofCurrent,
      called: s.called,
      turns: s.turns,
      ...(from !== undefined ? { from } : {}),
    });
    // A switch may label nothing ("BR4490 SGT Olsen": the words stay who the casualty is).
    i = Math.max(i, s.end - 1);
  }
  return switches;
}

/**
 * True when the switches designate a first casualty and another by label ("first one … the other one", "first
 * patient … moving to the second"): the narrative says it has several, though it never counted them.
 */
export function designatesSeveral(switches: readonly Switch[]): boolean {
  const numbered = (s: Switch): number | undefined =>
    'key' in s.target && /^n\d$/.test(s.target.key) ? s.target.number : undefined;
  const first = switches.some((s) => numbered(s) === 1);
  return first && switches.some((s) => 'other' in s.target || (numbered(s) ?? 0) >= 2);
}

/** Words that open a sentence correcting what was said of the casualty named next ("Correction on casualty one, …"). */
const CORRECTION_LEADS = new Set(['correction', 'update', 'updated']);

/**
 * "Correction on casualty one, the tourniquet went on at 0324", "Update, patient two: …": a correction word opening
 * the sentence of a switch starting at `at` belongs to that casualty's words, so its reader takes the correction; the
 * token it starts at, else undefined.
 */
function correctionBefore(tokens: Token[], at: number, floor: number): number | undefined {
  let k = at - 1;
  if ([',', ':', '-'].includes(norm(tokens, k))) k--;
  const opens = opensSentence(tokens, k);
  return k >= floor && CORRECTION_LEADS.has(norm(tokens, k)) && opens ? k : undefined;
}

/** True when the words before `at` compare with who is named there: "like", or "as" after "same" in its sentence. */
function comparedWith(tokens: Token[], at: number): boolean {
  const before = norm(tokens, at - 1);
  // "Like Kowalczyk, …" may be read as a name called in full: its first word is then the comparison's.
  if (before === 'like' || norm(tokens, at) === 'like') return true;
  if (before !== 'as') return false;
  for (let k = at - 2; k >= 0; k--) {
    if (norm(tokens, k) === 'same') return true;
    if (opensSentence(tokens, k)) return false;
  }
  return false;
}

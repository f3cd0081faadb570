/**
 * Sentences of a several-casualty narrative that cannot be given to one casualty: they name two casualties and do
 * not open with a switch to one of them. A correction that says whose a reading is ("the BP 90/60 is patient 3's,
 * not patient 2's") gives its words to the one it names without "not".
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { norm } from './switch-words.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { RANK_WORDS } from './lexicon/identity.js';

/**
 * Sentences that name two known casualties (by surname, or by two switches inside them) and do not open with a
 * switch: whose each fact is cannot be told ("I gave ketamine at 1605, that was Kim, no, correction, it went to
 * Diaz, not Kim."). Only sentences closed by punctuation: speech without it has no sentence to judge.
 * `switchStarts[k]` is where switch k starts, `owner[k]` the casualty it switches to.
 */
export function unclearSentences(
  tokens: Token[],
  names: readonly (string | undefined)[],
  switchStarts: readonly number[],
  owner: readonly number[],
): TextPart[] {
  const out: TextPart[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCE_ENDS.has(tokens[i].norm)) continue;
    const named = new Set(
      tokens
        .slice(from, i)
        .filter((_, k) => !misspoken(tokens, from + k, names))
        .map((t) => t.norm.replace(/'s$/, ''))
        .filter((w) => names.includes(w)),
    );
    // "Correction: the BP 90/60 is patient 3's, not patient 2's.": switches inside it to two casualties.
    const within = new Set(owner.filter((_, k) => switchStarts[k] > from && switchStarts[k] < i));
    // "Evac: one urgent surgical, two routine.": a heading then a switch opens it as well.
    // So does a time heading it ("Update 0945: A HR 110, B HR 84.").
    // So does a request for the lift set off by a comma ("Requesting MEDEVAC, driver urgent, gunner priority.").
    const heading = [1, 2, 3].some(
      (h) =>
        (norm(tokens, from + h) === ':' || (REQUESTS.has(norm(tokens, from)) && norm(tokens, from + h) === ',')) &&
        switchStarts.includes(from + h + 1),
    );
    const opens =
      switchStarts.includes(from) ||
      heading ||
      namesEachInTurn(tokens, from, i, names, switchStarts) ||
      listedAfterColon(tokens, from, i, switchStarts);
    if ((named.size >= 2 || within.size >= 2) && !opens) out.push({ start: tokens[from].start, end: tokens[i].end });
    from = i + 1;
  }
  return out;
}

/**
 * "Giving Bashir... Nowak, Nowak... TXA": a known name cut off by a pause and another known name said at once is a
 * slip of the tongue the medic put right; it names no one. After a dash only when the new name is said twice ("Ames —
 * Cole, Cole"): "Gave TXA to Ames - Cole gets fentanyl" is a new clause about the next casualty.
 */
const misspoken = (tokens: Token[], i: number, names: readonly (string | undefined)[]): boolean => {
  const mark = norm(tokens, i + 1);
  const next = norm(tokens, i + 2);
  if (!names.includes(tokens[i].norm) || !names.includes(next) || next === tokens[i].norm) return false;
  const saidTwice = norm(tokens, i + 3) === next || (norm(tokens, i + 3) === ',' && norm(tokens, i + 4) === next);
  return ['...', '…'].includes(mark) || (['-', '—', '–'].includes(mark) && saidTwice);
};

/** Words asking for the lift, or naming it, that may head a sentence of triage categories ("evac, Ames urgent, …"). */
const REQUESTS = new Set(['request', 'requesting', 'requested', 'evac', 'medevac', 'casevac']);

/** Words that take back what a sentence said ("no, it went to Diaz", "correction", "not Kim"). */
const TAKEN_BACK = new Set(['no', 'not', 'wait', 'correction', 'actually', 'sorry']);

/**
 * "Two hurt in the lead truck: the driver, …, and the gunner, …": a sentence whose colon opens on a switch, every
 * later switch after a comma, nothing taken back and no switch before the colon, lists each in turn.
 */
function listedAfterColon(tokens: Token[], from: number, to: number, switchStarts: readonly number[]): boolean {
  const inside = switchStarts.filter((at) => at > from && at < to);
  const [first, ...later] = inside;
  return (
    first !== undefined &&
    norm(tokens, first - 1) === ':' &&
    later.every((at) => norm(tokens, at - 1) === ',') &&
    !tokens.slice(from, to).some((t) => TAKEN_BACK.has(t.norm))
  );
}

/**
 * "Abdi is urgent surgical, Harlan priority.": a sentence in tokens `[from, to)` opening with a known casualty's
 * name, every other casualty it names switched to after a comma, and nothing taken back: each in turn.
 */
function namesEachInTurn(
  tokens: Token[],
  from: number,
  to: number,
  names: readonly (string | undefined)[],
  switchStarts: readonly number[],
): boolean {
  const opening = tokens[from];
  if (!opening || !/^[A-Z]/.test(opening.raw) || !names.includes(opening.norm.replace(/'s$/, ''))) return false;
  const inside = switchStarts.filter((at) => at > from && at < to);
  return (
    inside.length > 0 &&
    inside.every((at) => norm(tokens, at - 1) === ',') &&
    !tokens.slice(from, to).some((t) => TAKEN_BACK.has(t.norm))
  );
}

/**
 * "Correction: the BP 90/60 is patient 3's, not patient 2's.": the words before the first switch of an unclear
 * sentence that switches to two casualties, one of them after "not", go to the other one.
 */
export function givenTo(
  tokens: Token[],
  sentence: TextPart,
  switchStarts: readonly number[],
  owner: readonly number[],
): { part: TextPart; to: number }[] {
  const inside = switchStarts
    .map((at, k) => ({ at, to: owner[k] }))
    .filter(({ at }) => tokens[at].start > sentence.start && tokens[at].start < sentence.end);
  const denied = inside.filter(({ at }) => norm(tokens, at - 1) === 'not' || norm(tokens, at - 2) === 'not');
  const owners = new Set(inside.map((x) => x.to));
  if (owners.size !== 2 || denied.length !== 1 || inside[0] === denied[0]) return [];
  let from = tokens.findIndex((t) => t.start === sentence.start);
  while (from < inside[0].at && (tokens[from].kind === 'punct' || tokens[from].norm === 'correction')) from++;
  return [{ part: { start: tokens[from].start, end: tokens[inside[0].at].start }, to: inside[0].to }];
}

/** Words after the casualties a sentence opens with that say what follows is each one's ("each received", "both got"). */
const EACH = new Set(['each', 'both']);
/** What joins the casualties' names ("SGT Ruiz and PV2 Lowery", "Ruiz, Lowery and Kim"). */
const JOINS = new Set(['and', ',', '&']);

/** A sentence opening with several casualties and "each", and the words after it given to each of them. */
export interface EachNamed {
  sentence: TextPart;
  given: { part: TextPart; to: number }[];
}

/**
 * "SGT Ruiz and PV2 Lowery each received TXA 2 g IV at 0634.": a sentence opening with the surnames of several
 * casualties (`names`, each after a rank or not), joined by "and" or commas, then "each" or "both", with nothing taken
 * back: the words after it are each one's. `indexOf(n, surname)` is the casualty known by `names[n]`, else -1.
 */
export function eachNamedSentences(
  tokens: Token[],
  names: readonly (string | undefined)[],
  indexOf: (n: number, surname: string) => number,
): EachNamed[] {
  const out: EachNamed[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCE_ENDS.has(tokens[i].norm)) continue;
    const to: number[] = [];
    let k = from;
    for (;;) {
      if (RANK_WORDS.has(norm(tokens, k))) k++;
      const n = names.indexOf(norm(tokens, k));
      if (n < 0 || k >= i) break;
      to.push(indexOf(n, norm(tokens, k)));
      k++;
      if (!JOINS.has(norm(tokens, k))) break;
      k++;
    }
    const taken = tokens.slice(from, i).some((t) => TAKEN_BACK.has(t.norm));
    const distinct = to.length >= 2 && new Set(to).size === to.length && to.every((n) => n >= 0);
    if (EACH.has(norm(tokens, k)) && k + 1 < i && distinct && !taken)
      out.push({
        sentence: { start: tokens[from].start, end: tokens[i].end },
        given: to.map((n) => ({ part: { start: tokens[k + 1].start, end: tokens[i].end }, to: n })),
      });
    from = i + 1;
  }
  return out;
}

/** A question tag's verb and who it asks of ("…, didn't he?", "…, wasn't it?"). */
const TAG_VERBS = new Set(["didn't", 'did', "wasn't", 'was', "isn't", "hasn't", "doesn't", "weren't", "won't"]);
const TAG_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'you']);

/**
 * "Shaw got the TXA, didn't he?": a sentence that asks to be told it is so tells nothing; its words are no one's
 * (the answer, said after, is read where it is said).
 */
export function taggedQuestions(tokens: Token[]): TextPart[] {
  const parts: TextPart[] = [];
  for (let i = 0, start = 0; i < tokens.length; i++) {
    if (!SENTENCE_ENDS.has(tokens[i].norm)) continue;
    const tagged = tokens[i].norm === '?' && norm(tokens, i - 3) === ',' && TAG_VERBS.has(norm(tokens, i - 2));
    if (tagged && TAG_SUBJECTS.has(norm(tokens, i - 1)) && i - 3 > start)
      parts.push({ start: tokens[start].start, end: tokens[i].end });
    start = i + 1;
  }
  return parts;
}

/**
 * "The driver's got both legs smashed … The gunner got thrown around in the hatch": a crew role after "the",
 * opening a sentence that says how he was hurt. Said so, the role designates a casualty as it does bare ("Driver
 * took a round"); a role after "the" that says what he did ("The driver got him out", "The TC was not hurt", "The
 * gunner is fine") designates no one, so a helper never cuts a one-casualty narrative.
 */
import type { Token } from '../text/tokenize.js';
import { MATCHER } from './lexicon/index.js';
import { SENTENCE_ENDS, sentenceEndFrom } from './sentence-ends.js';
import { norm } from './switch-words.js';

/** Past participles of how someone is hurt that no suffix tells ("was hit", "got shot"). */
const HURT_PARTICIPLES = new Set(['hit', 'shot', 'hurt', 'struck', 'cut', 'burnt', 'stuck', 'caught', 'pinned']);

/** Verbs after which a participle says what was done to him ("got thrown", "was hit", "been blown"). */
const PASSIVE_VERBS = new Set(['got', 'was', 'been', 'is', 'gets']);

/** Verbs after which an injury or a mechanism the lexicon reads says what he has ("has a GSW", "took frag"). */
const HAVE_VERBS = new Set(['has', 'had', 'took', 'caught']);

const isParticiple = (w: string): boolean => HURT_PARTICIPLES.has(w) || /^[a-z]{3,}(?:ed|en|wn)$/.test(w);

/**
 * True when the role at token `i` (after "the") opens a sentence saying how he was hurt: "'s got", a passive verb
 * and a participle ("got thrown", "was hit"), or "has"/"took" and an injury or a mechanism in the sentence.
 */
export function saysRoleHurt(tokens: Token[], i: number, clitic: boolean): boolean {
  if (clitic) return true;
  const verb = norm(tokens, i + 1);
  if (PASSIVE_VERBS.has(verb)) return isParticiple(norm(tokens, i + 2));
  if (!HAVE_VERBS.has(verb)) return false;
  const end = sentenceEndFrom(tokens, i + 2);
  return MATCHER.match(tokens.slice(i + 2, end)).some((m) =>
    m.tags.some((t) => t.cat === 'injury' || t.cat === 'mechanism'),
  );
}

/** Who, besides the speaker, cares for casualties: the subject of a clause about whom he treats. */
const MEDIC_WORDS = new Set(['doc', 'medic', 'corpsman', "doc's", "medic's", "corpsman's"]);

/**
 * "Doc was working on the other guy so he told me …", "The medic had the other one": "the other" (at token `i`) in
 * a clause whose subject is the medic is whom he is busy with, said in passing; the speaker does not turn to him.
 */
export function inMedicsClause(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && !SENTENCE_ENDS.has(norm(tokens, k - 1)) && norm(tokens, k - 1) !== ',') k--;
  const subject = ['the', 'our', 'my'].includes(norm(tokens, k)) ? norm(tokens, k + 1) : norm(tokens, k);
  return MEDIC_WORDS.has(subject) && k < i - 2;
}

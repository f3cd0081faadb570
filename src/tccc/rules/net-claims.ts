/**
 * A group chat where each medic says whom he has ("[0410] Doc Ruiz: I got Brandt", "Vance is mine", "on Nguyen. L
 * foot gone", "SFC: Hale can you take Castillo") and then types on without naming him ("[0413] Doc Ruiz: frag R
 * thigh, TQ on 0412"): a message that names no casualty is about the one its sender last named, or was given; one
 * that names one is his, and its sender has him now; one that names several is cut before each name ("Doyle HR 88.
 * Castillo HR 104"); "both mine" is about each the sender has had; a message of someone who has no one ("need
 * priorities for the 9 line") is no one's, but one said of them all ("PZ grid for all 3: …") is shared. The words
 * before the first casualty is named are the opening every casualty shares (mechanism, time of injury).
 */
import type { Token } from '../text/tokenize.js';
import { readTokens } from '../text/normalize.js';
import type { CasualtySplit } from './casualty-split.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { rankedNameEnd } from './list-cues.js';
import { messagesOf } from './net-log.js';
import { hurtSoldiers, surnameOf } from './hurt-soldiers.js';
import { splitByName } from './named-prose.js';
import type { TextPart } from './shared-phrases.js';

/** Words that say a message is of every casualty, or of all the sender has ("both mine"). */
const ALL = new Set(['both', 'all', 'each', 'everyone', 'everybody']);

interface Message {
  sender: string;
  /** The body's offset in the text and its tokens (offsets relative to the body). */
  at: number;
  tokens: Token[];
}

/** The messages of a net log with their bodies read, or null when the text is none. */
function readMessages(text: string): Message[] | null {
  const found = messagesOf(text);
  if (!found) return null;
  const out: Message[] = [];
  let offset = 0;
  for (const [k, line] of text.split('\n').entries()) {
    const m = found[k];
    if (m)
      out.push({
        sender: m[7],
        at: offset + m[0].length,
        tokens: readTokens(line.slice(m[0].length), NORMALIZE_OPTIONS),
      });
    offset += line.length + 1;
  }
  return out;
}

/**
 * The net log cut by casualty when two medics or more each say whom they have and type on without naming him;
 * null otherwise (a log whose messages open with the casualty's name is read by net-log.ts's names).
 */
export function claimsSplit(text: string): CasualtySplit | null {
  const messages = readMessages(text);
  if (!messages) return null;
  const senderWords = new Set(messages.flatMap((m) => m.sender.toLowerCase().split(' ')));
  // Each sender by his surname, the last word he signs with ("Doc Hale" → "hale").
  const bySurname = new Map(messages.map((m) => [m.sender.toLowerCase().split(' ').at(-1) ?? '', m.sender]));
  // The casualties: soldiers said by rank and name to be hurt ("PFC Ramos and SPC Lindqvist hit"), no sender.
  const order = [...new Set(messages.flatMap((m) => hurtSoldiers(m.tokens)))].filter((s) => !senderWords.has(s));
  if (order.length < 2) return null;
  // Where each casualty is named in a message: from his rank and given name, if said ("PFC Tyler Brandt").
  const named = (m: Message) =>
    m.tokens.flatMap((t, i) => {
      if (!/^\p{Lu}/u.test(t.raw) || !order.includes(surnameOf(t))) return [];
      let from = i;
      for (let k = Math.max(0, i - 4); k < i && from === i; k++) if (rankedNameEnd(m.tokens, k) === i) from = k;
      return [{ from, at: i }];
    });
  const has = new Map<string, number[]>();
  const claim = (sender: string, who: number) =>
    has.set(sender, [...(has.get(sender) ?? []).filter((c) => c !== who), who]);
  // A medic named in a message ("Kim has Ramos", "Bell?") names no casualty: his name is blanked.
  const labels: TextPart[] = messages.flatMap((m) =>
    m.tokens
      .filter((t) => /^\p{Lu}/u.test(t.raw) && bySurname.has(t.norm))
      .map((t) => ({ start: m.at + t.start, end: m.at + t.end })),
  );
  const casualties: TextPart[][] = order.map(() => []);
  const preamble: TextPart[] = [];
  const shared: TextPart[] = [];
  const unclear: TextPart[] = [];
  let opened = false;
  let typedOn = 0;
  for (const m of messages) {
    if (m.tokens.length === 0) continue;
    const part = (a: number, b: number): TextPart => ({
      start: m.at + m.tokens[a].start,
      end: m.at + m.tokens[b - 1].end,
    });
    const names = named(m);
    const whole = part(0, m.tokens.length);
    const ofAll = m.tokens.some((t) => ALL.has(t.norm));
    const mine = has.get(m.sender) ?? [];
    if (names.length === 0) {
      if (mine.length === 0) (ofAll ? shared : opened ? unclear : preamble).push(whole);
      else if (ofAll) for (const c of mine) casualties[c].push(whole);
      else {
        casualties[mine[mine.length - 1]].push(whole);
        typedOn++;
      }
      continue;
    }
    const whose = [...new Set(names.map((n) => order.indexOf(surnameOf(m.tokens[n.at]))))];
    // "Kim has Ramos, Alvarez has Lindqvist", "Hale can you take Castillo": a medic named just before a casualty has him.
    for (const { at } of names) {
      const medic = m.tokens
        .slice(Math.max(0, at - 4), at)
        .find((t) => /^\p{Lu}/u.test(t.raw) && bySurname.has(t.norm));
      if (medic) claim(bySurname.get(medic.norm)!, order.indexOf(surnameOf(m.tokens[at])));
    }
    const givenAway = names.some(({ at }) =>
      m.tokens.slice(Math.max(0, at - 4), at).some((t) => bySurname.has(t.norm)),
    );
    if (whose.length === 1) {
      if (!givenAway) claim(m.sender, whose[0]);
      casualties[whose[0]].push(whole);
      opened = true;
      continue;
    }
    // Several named: the words before the first name are said of them all; each name opens its own words.
    if (names[0].from > 0) (opened ? shared : preamble).push(part(0, names[0].from));
    for (const [k, { from, at }] of names.entries()) {
      const end = names[k + 1]?.from ?? m.tokens.length;
      casualties[order.indexOf(surnameOf(m.tokens[at]))].push(part(from, end));
    }
    opened = true;
  }
  // Two medics or more must each have someone, and some message be placed by its sender alone.
  if (has.size < 2 || typedOn === 0) return null;
  return splitByName({ casualties, preamble, shared, labels, unclear });
}

/**
 * A squad's group chat or radio net log: one message a line, each a time stamp, who sent it and what was said
 * ("[1406] Doc Reyes: Santos frag R thigh, TQ R thigh 1405", "0712 1-6: say again", "[21:05] SL Morgan: 3 hit").
 * The sender is who speaks, never whom the words are about: the medic's own name ("Doc Reyes") is no casualty's,
 * and a callsign ("3-1", "1-6") holds no numbers of a record. The stamp is when the message was sent: it dates what
 * the message says was done then ("[1516] Doc: TQ R arm high and tight, on"), but nothing in a message that says
 * its own time ("[1412] Doc: Santos @1411 HR 118"), and it is never when the casualty was hurt ("[2102] SL: IED on
 * the culvert, 3 hit" is sent after the blast).
 */
import { readClock } from '../text/clock.js';
import { readTokens } from '../text/normalize.js';
import { readDoc } from './document.js';
import { EVENT_WORDS } from './injury-events.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { tagOf } from './matcher.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { isNameWord } from './name-words.js';
import { lexiconReads } from './switch-phrases.js';
import { scanSwitches } from './switch-scan.js';
import { blank } from './blanked-text.js';
import { rankedNameEnd } from './list-cues.js';

/**
 * A message line: an optional bracket, the stamp ("1406", "21:05", "0712Z"), the closing bracket, then the sender (up
 * to three short words or callsigns) and its colon.
 */
const MESSAGE =
  /^([ \t]*)(\[?)(\d{4}|\d{1,2}:\d{2})(Z?)(\]?)([ \t]+)([A-Za-z0-9][\w.'-]*(?: [A-Za-z0-9][\w.'-]*){0,2}):(?=[ \t]|$)/;

/** Who sends on a net: a callsign ("3-1", "1-6", "A2"), or a role in the squad or platoon. */
const CALLSIGN = /^(?:\d+-\d+|[A-Z]\d)$/;
const NET_ROLES = new Set(['doc', 'medic', 'rto', 'sl', 'pl', 'psg', 'tl', 'fist', 'jtac', 'co', 'xo', '1sg', 'bc']);

/** Words before a colon that label whose line it is ("Cas A:", "Pt 2:", "T1:"): a casualty, never a sender. */
const LABELS = /^(?:cas(?:ualty)?|pt|pat(?:ient)?|t\d|#\d|no\.?)\b/i;

/** Fewest messages a net log has. */
const MIN_MESSAGES = 3;

/** A net log's messages, one per line (null where a line is none), or null when the text is no net log. */
export function messagesOf(text: string): (RegExpExecArray | null)[] | null {
  const lines = text.split('\n');
  const messages = lines.map((line) => MESSAGE.exec(line));
  const found = messages.filter((m): m is RegExpExecArray => m !== null);
  const said = lines.filter((line) => line.trim() !== '').length;
  if (found.length < MIN_MESSAGES || found.length * 3 < said * 2) return null;
  const senders = new Set(found.map((m) => m[7]));
  if (senders.size < 2 || ![...senders].some(isNetSender)) return null;
  if ([...senders].some((s) => LABELS.test(s) || lexiconReads(readTokens(s, NORMALIZE_OPTIONS)).size > 0)) return null;
  return messages;
}

/**
 * The text of a net log read as a timeline, same length, so offsets hold; any other text unchanged. Each sender
 * and the brackets round each stamp are blanked ("[1406] Doc Reyes: Santos …" → " 1406           : Santos …");
 * a stamp is blanked too, with its colon, where the message says a time of its own or tells of the injuring event.
 * A net log is at least three lines of stamp, sender and colon, two thirds of its lines or more, with two senders
 * or more, one of them a callsign or a role ("RTO", "Doc"), and no sender a casualty's label or a word the rules
 * read ("HR:", "TQ:").
 */
export function withoutSenders(text: string): string {
  const messages = messagesOf(text);
  if (!messages) return text;
  const lines = text.split('\n').map((line, k) => {
    const m = messages[k];
    if (!m) return line;
    const [whole, indent, open, stamp, zulu, close, gap, sender] = m;
    const body = line.slice(whole.length);
    // "[09:35] Doc: pressure dressing on the L hand": a chat's clock is when the message was sent, typed after the
    // care it tells of; a log's written stamp ("[1516] Doc: TQ R arm, on") is when it was done.
    const dates = !stamp.includes(':') && datesBody(body);
    const head = dates ? stamp + zulu : blank(stamp + zulu);
    const colon = dates ? ':' : ' ';
    return indent + blank(open) + head + blank(close) + gap + blank(sender) + colon + body;
  });
  return answered(lines, messages);
}

/**
 * What a question may ask for, by its label, and the only words that answer it: the time of injury ("doc TOI?",
 * "1-1 send TOI for the card") by a time ("2232", "0711Z", "16:04"); the grid ("grid?", "need grid for the 9
 * line?") by a whole grid ("41R PR 8876 5521").
 */
const QUESTIONS: readonly { label: RegExp; answer: RegExp }[] = [
  { label: /\b(?:TOI|time of injury)\b/i, answer: /^\s*(?:\d{4}Z?|\d{1,2}:\d{2})\s*$/ },
  { label: /\bgrid\b/i, answer: /^\s*\d{1,2}[A-Z]\s?[A-Z]{2}(?:\s?\d{2,5}){1,2}\s*$/ },
];

/**
 * The lines joined where a question is answered by the next message with only what it asks for ("[2240] 3-6: doc
 * TOI?" "[2241] Doc: 2232", "[2206] PL: grid?" "[2207] SL: 41R PR 8876 5521"): the rest of the question and the
 * line break are blanked, so the answer is read after its label ("doc TOI        2232"), as if said together.
 * Same length.
 */
function answered(lines: string[], messages: readonly (RegExpExecArray | null)[]): string {
  let out = '';
  lines.forEach((line, k) => {
    const [asking, replying] = [messages[k], messages[k + 1]];
    const question = asking ? line.slice(asking[0].length) : '';
    const answer = replying ? lines[k + 1].slice(replying[0].length) : '';
    const asks = QUESTIONS.find((q) => q.label.test(question) && q.answer.test(answer));
    const asked = asks?.label.exec(question);
    // A question that says a number of its own ("TOI 2231?") asks to confirm it; the answer is read where it stands.
    if (!asking || !asked || /\d{3}|\d:\d/.test(question)) {
      out += k < lines.length - 1 ? `${line}\n` : line;
      return;
    }
    const end = asking[0].length + asked.index + asked[0].length;
    out += `${line.slice(0, end)}${blank(line.slice(end))} `;
    // The answer's stamp too: it is read as said with the question.
    lines[k + 1] = blank(lines[k + 1].slice(0, replying![0].length)) + answer;
  });
  return out;
}

const isNetSender = (sender: string): boolean =>
  sender.split(' ').some((w) => CALLSIGN.test(w) || NET_ROLES.has(w.toLowerCase())) || NAMED_CALLSIGN.test(sender);

/** A callsign of a word in capitals and a number ("RED 6", "DUSTOFF 13", "BAS 7"). */
const NAMED_CALLSIGN = /^[A-Z]{2,}(?: [A-Z]{2,})? \d{1,2}$/;

/**
 * A message that opens by correcting what was said ("correction, 37U DQ …", "corr: R forearm not L").
 */
const CORRECTS = /^\s*(?:correction|corrected|corr)\b/i;

/**
 * True when a message's stamp dates what it says: it corrects nothing, says no time of its own ("TXA 2g IV 1613", "@2113") and tells
 * of no injuring event ("drone dropped a grenade", "MAN DOWN Pruitt's hit"), whose time the stamp is not.
 */
function datesBody(body: string): boolean {
  // "[2240] RTO: correction, 37U DQ 4471 2290": a correction says again what was said before, nothing done now.
  if (CORRECTS.test(body)) return false;
  const doc = readDoc(body);
  if (doc.tokens.some((_, i) => readClock(doc.tokens, i) !== null)) return false;
  if (doc.tokens.some((t) => EVENT_WORDS.has(t.norm))) return false;
  return !doc.mentions.some((m) => !m.negated && tagOf(m, 'mechanism') !== undefined);
}

/** Words after a name that call to someone rather than speak of him ("Vega, get the litter", "Cole!"). */
const CALLS = new Set([',', '!', '?', ':']);

/**
 * The surnames of the casualties a net log speaks of, lower-cased, in the order it first says them: capitalized
 * names that open messages ("[1406] Doc: Santos frag R thigh", "0719 Doc: Vance HR 120"), each opening two messages
 * or more or said after a rank somewhere ("Capt Ozols"); no sender's name. Only where two or more are found, so a
 * log about one casualty is read as before; else none. `read`: the same text as withoutSenders gives it, so the
 * messages are not found and blanked twice.
 */
export function netLogNames(text: string, read: string): string[] {
  const messages = messagesOf(text);
  if (!messages) return [];
  const lines = text.split('\n');
  const senderWords = new Set(messages.flatMap((m) => (m ? m[7].toLowerCase().split(' ') : [])));
  const opens = new Map<string, number>();
  lines.forEach((line, k) => {
    const m = messages[k];
    if (!m) return;
    const doc = readDoc(line.slice(m[0].length));
    const t = doc.tokens[0];
    if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.raw) || !isNameWord(doc, 0, true) || senderWords.has(t.norm)) return;
    if (CALLS.has(doc.tokens[1]?.norm ?? '')) return;
    opens.set(t.norm, (opens.get(t.norm) ?? 0) + 1);
  });
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const ranked = new Set(tokens.filter((_, i) => i > 0 && RANK_WORDS.has(tokens[i - 1].norm)).map((t) => t.norm));
  // "0303 RED DOC: RED 3 driver, SGT Tomasz Wrona, WT8830. …": a log that brings in two or more by rank and name
  // inside its messages says who its casualties are; a word that opens messages and is never ranked ("Wheels down
  // HLZ", "Wheels up") is then no one.
  const introduced = rankedInMessages(lines, messages);
  const names =
    introduced.length >= 2
      ? introduced
      : [...opens].filter(([name, n]) => n >= 2 || ranked.has(name)).map(([name]) => name);
  if (names.length < 2) return [];
  // In the order the log turns to each ("it's Vance and Lindqvist" turns to Lindqvist at "and"): a known name's
  // place in the list is the casualty it is numbered as, so it must be the order the cut meets them in.
  const logTokens = readTokens(read, NORMALIZE_OPTIONS);
  const turns = scanSwitches(logTokens, false, names, [], []).map((s) => ('key' in s.target ? s.target.key : ''));
  const first = (name: string): number => {
    const k = turns.indexOf(`name:${name}`);
    return k < 0 ? turns.length : k;
  };
  return names.sort((a, b) => first(a) - first(b));
}

/** The surnames said after a rank inside the messages' words, lower-cased, in the order first said. */
function rankedInMessages(lines: readonly string[], messages: readonly (RegExpExecArray | null)[]): string[] {
  const out: string[] = [];
  lines.forEach((line, k) => {
    const m = messages[k];
    if (!m) return;
    const tokens = readTokens(line.slice(m[0].length), NORMALIZE_OPTIONS);
    tokens.forEach((_, i) => {
      if (i > 0 && RANK_WORDS.has(tokens[i - 1].norm)) return;
      const end = rankedNameEnd(tokens, i);
      if (end >= 0 && !out.includes(tokens[end].norm)) out.push(tokens[end].norm);
    });
  });
  return out;
}

/**
 * A transcript of people talking, each line opening with who speaks and a colon ("PA Nguyen: Bed two?", "SSG Holt:
 * PFC Tyrell Banks. Frag high in the right groin …", "Scribe: Left leg, got it. Time?"). The speaker is who talks,
 * never whom the words are about: a name in the label opens no casualty. The labels the handover reader knows
 * ("Medic:", "RN:", handover-turns.ts) are left to it, which reads their questions and answers.
 */
import { readTokens } from '../text/normalize.js';
import { isSpeakerLabel } from './handover-turns.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { lexiconReads } from './switch-phrases.js';
import { blankRange } from './blanked-text.js';

/**
 * A line's label: up to three words, no digit, and its colon, then a space or the line's end; the speaker's name in
 * brackets after the words (an after-action review's "PL (1LT Haines):", "SL (SSG Duarte):") is part of it.
 */
const LABEL = /^([ \t]*)([A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,2})( \([^()\n]{1,40}\))?:(?=[ \t]|$)/;

/** Words before a colon that label a casualty's line ("Cas A:", "Pt B:", "Bed one:", "Litter two:"): never a speaker. */
const CASUALTY_LABELS = /^(?:cas(?:ualty)?|pt|pat(?:ient)?|bed|litter|stretcher|no)\b/i;

/**
 * A radio message's closing proword ("…, over.", "Warlord Seven out."): a net, whose control station reads back what
 * each station sends (radio-repeats.ts reads those readbacks); its stations are left as they are.
 */
const PROWORD_END = /\b(?:over|out)[.!]?\s*$/i;

/** Words that say the lines are people talking to each other: one asks, or speaks as "I", "we" or to "you". */
const TALK = /\?|\b(?:I|I'm|I'll|I've|I'd|we|we're|we'll|you|you're|you've|me)\b/;

/**
 * The text with each speaker label blanked, same length, so offsets hold; any other text unchanged. A transcript is
 * two speakers or more each opening two lines or more, their lines two thirds of the text's lines or more, someone
 * asking or speaking as "I" or to "you" in them, no label a casualty's or a word the rules read ("TQ:", "Vitals:"),
 * and no radio net.
 */
export function withoutSpeakers(text: string): string {
  const lines = text.split('\n');
  const labels = lines.map((line) => LABEL.exec(line));
  const speakers = speakersOf(labels);
  const labelled = labels.filter((m) => m && speakers.includes(m[2])).length;
  const said = lines.filter((line) => line.trim() !== '').length;
  if (speakers.length < 2 || labelled * 3 < said * 2) return text;
  const readAsFact = (s: string): boolean =>
    !isSpeakerLabel(s) && lexiconReads(readTokens(s, NORMALIZE_OPTIONS)).size > 0;
  if (speakers.some((s) => CASUALTY_LABELS.test(s) || readAsFact(s))) return text;
  if (!lines.some((line, k) => labels[k] && TALK.test(line.slice(labels[k][0].length)))) return text;
  if (lines.filter((line, k) => labels[k] && PROWORD_END.test(line)).length >= 2) return text;
  return lines
    .map((line, k) => {
      const m = labels[k];
      if (!m || !speakers.includes(m[2])) return line;
      // "MEDIC (SGT Bishop):": the handover reader reads the role's label; the name of who speaks is no one's words.
      if (isSpeakerLabel(m[2])) return m[3] ? blankRange(line, m[1].length + m[2].length, m[0].length - 1) : line;
      return blankRange(line, m[1].length, m[0].length);
    })
    .join('\n');
}

/**
 * The labels that open two lines or more: who speaks, when the text is a transcript; and a label that is one of them
 * with a rank or first name before it, as a speaker is named in full once ("SGT Okafor: …" before "Okafor: …").
 */
function speakersOf(labels: readonly (RegExpExecArray | null)[]): string[] {
  const count = new Map<string, number>();
  for (const m of labels) if (m) count.set(m[2], (count.get(m[2]) ?? 0) + 1);
  const speakers = [...count].filter(([, n]) => n >= 2).map(([label]) => label);
  const named = [...count.keys()].filter((label) => speakers.some((s) => label !== s && label.endsWith(` ${s}`)));
  return [...speakers, ...named];
}

/**
 * The labels of `text` that open two lines or more with a colon ("Tavares: …", "SGT Okafor: …"), whether or not the
 * text reads as a transcript: each is someone speaking, a person, never the animal or casualty a word after it names.
 */
export function lineSpeakers(text: string): string[] {
  return speakersOf(text.split('\n').map((line) => LABEL.exec(line)));
}

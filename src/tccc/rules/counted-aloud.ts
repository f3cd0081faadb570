/**
 * A medic counting aloud says numbers that are counts, not readings: breaths or beats over a part of a minute and the
 * sum that makes the rate ("eight in fifteen, so thirty-two", "thirty-three times four, one thirty-two"), seconds on a
 * watch ("one one-thousand, two one-thousand", "fifteen seconds, go"), a count up ("one, two, three, lift"). Each count
 * is blanked, same length, so only the rate he works out is read ("Resps... so thirty-two").
 */

import { DIGIT_WORDS, RADIO_HOMONYMS, RADIO_ONLY_DIGITS, TEEN_WORDS, TENS_WORDS } from '../text/number-words.js';
import { blank } from './blanked-text.js';

/** "one" to "nine" as counted aloud: not "oh", nor the radio's digits ("tree", "niner"). */
const UNITS = Object.keys(DIGIT_WORDS).filter(
  (w) => DIGIT_WORDS[w] > 0 && !RADIO_HOMONYMS.has(w) && !RADIO_ONLY_DIGITS.has(w),
);
const TEENS = Object.keys(TEEN_WORDS);
const TENS = Object.keys(TENS_WORDS);

/** A number said or written up to 999: "7", "twenty-seven", "fifteen". */
const NUMBER = `(?:\\d{1,3}|(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;
/** The parts of a minute a count is taken over. */
const PART_OF_MINUTE = '(?:ten|fifteen|twenty|thirty|sixty|10|15|20|30|60)';

/** "eight in fifteen", "10 in 15 seconds": a count over a part of a minute. */
const COUNT_OVER = new RegExp(`\\b${NUMBER} in ${PART_OF_MINUTE}(?: seconds| secs| sec)?\\b`, 'gi');
/** "thirty-three times four", said again before it ("twenty-seven. Twenty-seven times four"): the sum, not the rate. */
const COUNT_TIMES = new RegExp(`\\b(?:(${NUMBER})[.,…\\s]+)?(${NUMBER}) times (?:two|four|six|2|4|6)\\b`, 'gi');
const TIMES_TAIL = new RegExp(`${NUMBER} times \\S+$`, 'i');
/** "fifteen seconds, go", "thirty seconds on the watch": the time a count is taken over. */
const COUNT_SECONDS = new RegExp(`\\b${PART_OF_MINUTE} (?:seconds|secs)\\b`, 'gi');
/** "one one-thousand", "two Mississippi": seconds counted out. */
const SECONDS_SAID = new RegExp(`\\b${NUMBER}[- ](?:one[- ]thousand|mississippi)\\b`, 'gi');
/** One number of a count up, with what ends it: at least a comma or dots ("one, two, three", "one... two..."). */
const COUNTED = new RegExp(`\\b(${NUMBER})\\b(?=\\s*(?:[,.…]+\\s*|$))`, 'gi');

/** The value of a number said or written, or undefined. */
function valueOf(said: string): number | undefined {
  const w = said.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const [tens, unit] = w.split(/[- ]/);
  if (TENS.includes(tens)) return TENS_WORDS[tens] + (unit ? DIGIT_WORDS[unit] : 0);
  return TEENS.includes(w) ? TEEN_WORDS[w] : UNITS.includes(w) ? DIGIT_WORDS[w] : undefined;
}

/** `text` with what a medic counts aloud blanked, same length. */
export function withoutCountsAloud(text: string): string {
  const counted = text
    .replace(COUNT_OVER, blank)
    .replace(COUNT_TIMES, (whole, before: string | undefined, sum: string) => {
      if (before === undefined || valueOf(before) === valueOf(sum)) return blank(whole);
      const times = whole.length - (TIMES_TAIL.exec(whole)?.[0].length ?? whole.length);
      return whole.slice(0, times) + blank(whole.slice(times));
    })
    .replace(COUNT_SECONDS, blank)
    .replace(SECONDS_SAID, blank);
  return withoutCountsUp(counted);
}

/** The most a count up from one skips between two numbers said ("one... two... three... four... nine, ten"). */
const MAX_STEP = 5;

/**
 * Blanks each count up, each number set off by a comma or dots: from one, three numbers or more rising by a few ("one,
 * two, three, lift"); from elsewhere, two or more rising by one ("twenty-nine, thirty, thirty-one"). The last said
 * again right after is the count too ("… thirty-one. Thirty-one, so one twenty-four": the rate follows).
 */
function withoutCountsUp(text: string): string {
  let out = text;
  let run: { m: RegExpExecArray; value: number }[] = [];
  const close = (): void => {
    const values = new Set(run.map((r) => r.value));
    if ((run[0]?.value === 1 && values.size >= 3) || (run[0]?.value !== 1 && values.size >= 2)) {
      const [from, last] = [run[0].m.index, run.at(-1)!.m];
      const to = last.index + last[0].length;
      out = out.slice(0, from) + blank(out.slice(from, to)) + out.slice(to);
    }
    run = [];
  };
  for (const m of text.matchAll(COUNTED)) {
    const value = valueOf(m[1]);
    if (value === undefined) continue;
    const previous = run.at(-1);
    // Set off by a comma, dots or a space; a lone dot between digits is a decimal or a time ("14.15").
    const between = previous ? text.slice(previous.m.index + previous.m[0].length, m.index) : '';
    const joined = previous && /^[\s,.…]*$/.test(between) && between !== '.';
    const step = previous ? value - previous.value : NaN;
    const fromOne = run[0]?.value === 1;
    if (joined && (step === 1 || step === 0 || (fromOne && step > 0 && step <= MAX_STEP))) run.push({ m, value });
    else {
      close();
      run = [{ m, value }];
    }
  }
  close();
  return out;
}

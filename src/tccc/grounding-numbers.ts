/**
 * Numbers as a narrative states them, for the grounding check: written ("118", "14:32", "96/60", "800mcg")
 * and spoken ("one thirty", "fourteen thirty two", "one zero four", "ninety seven", "one hundred and ten").
 * Spoken runs are read every plausible way, so a stated number is never missed; over-reading only makes grounding lenient.
 */

const DIGITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, niner: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NATO: Record<string, string> = {
  alpha: 'A', alfa: 'A', bravo: 'B', charlie: 'C', delta: 'D', echo: 'E', foxtrot: 'F', golf: 'G', hotel: 'H', india: 'I',
  juliet: 'J', juliett: 'J', kilo: 'K', lima: 'L', mike: 'M', november: 'N', oscar: 'O', papa: 'P', quebec: 'Q', romeo: 'R',
  sierra: 'S', tango: 'T', uniform: 'U', victor: 'V', whiskey: 'W', whisky: 'W', xray: 'X', yankee: 'Y', zulu: 'Z',
};
const LONGEST_RUN = 8;

/** Lower-case word and number tokens; letters and digits written together are split ("800mcg" → "800", "mcg"). */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().replace(/x-ray/g, 'xray').match(/\d+(?:\.\d+)?|[a-zµ]+/g) ?? []);
}

const isNumberWord = (t: string) => t in DIGITS || t in TEENS || t in TENS || t === 'hundred';

/** Every number the text can be read as stating, as decimal strings ("130", "1432", "0.5"). */
export function numberReadings(text: string, tokens: readonly string[] = tokenize(text)): Set<string> {
  const readings = new Set<string>();
  for (const written of text.match(/\d+(?:\.\d+)?/g) ?? []) readings.add(String(Number(written)));
  for (const [, h = '', m = ''] of text.matchAll(/(\d{1,2})[:h](\d{2})/g)) readings.add(String(Number(h + m)));
  // Spoken: maximal runs of number words ("and" after "hundred" stays inside the run), read at every start and length.
  const run: string[] = [];
  const flush = () => {
    for (let start = 0; start < run.length; start++) {
      for (let end = start + 1; end <= Math.min(run.length, start + LONGEST_RUN); end++) {
        for (const r of readRun(run.slice(start, end))) readings.add(String(Number(r)));
      }
    }
    run.length = 0;
  };
  tokens.forEach((t, i) => {
    if (isNumberWord(t)) run.push(t);
    else if (t === 'and' && tokens[i - 1] === 'hundred') return;
    else flush();
  });
  flush();
  return readings;
}

/** Numbers stated right before token `index` ("2g", "two grams", "eight hundred mcg"): for tying a number to its unit. */
export function numbersBefore(tokens: readonly string[], index: number): Set<string> {
  const readings = new Set<string>();
  const previous = tokens[index - 1];
  if (previous !== undefined && /^\d/.test(previous)) readings.add(String(Number(previous)));
  let start = index;
  while (start > 0 && start > index - LONGEST_RUN && isNumberWord(tokens[start - 1] ?? '')) start--;
  for (let s = start; s < index; s++) for (const r of readRun(tokens.slice(s, index))) readings.add(String(Number(r)));
  return readings;
}

/** Readings of a run as concatenated groups: "one thirty" → "130"; "fourteen thirty two" → "1432", "14302". */
function readRun(words: readonly string[]): string[] {
  if (words.length === 0) return [''];
  const results: string[] = [];
  for (const [group, used] of leadingGroups(words)) {
    for (const rest of readRun(words.slice(used))) results.push(group + rest);
  }
  return results;
}

/** The ways the run can start: [digits of the group, words used]. */
function leadingGroups(words: readonly string[]): Array<[string, number]> {
  const [a = '', b = ''] = words;
  const groups: Array<[string, number]> = [];
  if (a in DIGITS) groups.push([String(DIGITS[a]), 1]);
  else if (a in TEENS) groups.push([String(TEENS[a]), 1]);
  else if (a in TENS) {
    groups.push([String(TENS[a]), 1]);
    if (b in DIGITS && DIGITS[b] !== 0) groups.push([String((TENS[a] ?? 0) + (DIGITS[b] ?? 0)), 2]);
  }
  // "one hundred and ten", "thirteen hundred", "twenty five hundred": a group times a hundred, plus a tail under 100.
  for (const [head, used] of [...groups]) {
    if (words[used] !== 'hundred' || Number(head) === 0) continue;
    const hundreds = Number(head) * 100;
    groups.push([String(hundreds), used + 1]);
    for (const [tail, tailUsed] of leadingGroups(words.slice(used + 1))) {
      if (Number(tail) < 100) groups.push([String(hundreds + Number(tail)), used + 1 + tailUsed]);
    }
  }
  return groups;
}

/** Letters and digits of the text run together, NATO words and spoken digits turned into characters, upper-case. */
export function squashSpelled(tokens: readonly string[]): string {
  return tokens.map((t) => NATO[t] ?? (t in DIGITS ? String(DIGITS[t]) : t.toUpperCase())).join('');
}

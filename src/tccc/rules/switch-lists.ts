/**
 * Casualty switches of lists and rosters: numbered and lettered items ("One: …", "1. SSG Ibarra - …", "No. 2,
 * Gnr Pike: …", "Alpha: …"), ordinals in a series, battle roster numbers, names and ranks heading a sentence or a
 * line. `casualty-switch.ts` reads them with the other switches; most hold only once several casualties are said.
 */
import type { Token } from '../text/tokenize.js';
import { CASUALTY_LABEL_NOUNS, RANK_WORDS } from './lexicon/identity.js';
import {
  BULLETS,
  PRIORITY_WORDS,
  headingStart,
  inlineItemAt,
  opensSentenceOrHeading,
  rankedName,
  rankedNameEnd,
  rosterLabelAt,
  rosterLength,
} from './list-cues.js';
import { ofCountAt } from './counted-items.js';
import { codeHeadingAt, codeReferenceAt } from './line-codes.js';
import { nameLabelAt } from './name-labels.js';
import { caregiverAt } from './caregivers.js';
import { headedRankBefore, midSentenceOpening, movedOnBefore } from './ranked-openings.js';
import { anotherRankedBefore, rankBefore, subjectNameAt, turnNameAt } from './name-cues.js';
import { designatorAt, nameHeadingAt, numberHeadsEntry, opensLine } from './switch-openings.js';
import { bracketedNumberAt, itemNumberAt, numberSignAt, paragraphOutline } from './item-numbers.js';
import { inNumberSeries, labelNumberAt } from './switch-letters.js';
import { bulletSwitchAt } from './bullet-items.js';
import { ROSTER_WORDS } from './spelled.js';
import { rosterReferenceAt, triagedRosterAt } from './roster-references.js';
import { ORDINALS, inOrdinalSeries, lexiconReads, loneName, namedAfter, namesAnotherRanked } from './switch-phrases.js';
import { LETTERS, isBoundary, norm, numberAt, sentenceOpening, type SwitchFound } from './switch-words.js';

/** True when a casualty label before token `before` numbers a casualty `n` ("Cas one:", "casualty two of two"). */
const labelledBy = (tokens: Token[], n: number | undefined, before = tokens.length): boolean =>
  tokens.some((t, k) => k < before && CASUALTY_LABEL_NOUNS.has(t.norm) && numberAt(tokens, k + 1) === n);

/** The list switch that starts at token `i`; `roles` once the narrative says it has several. */
export function listSwitchAt(
  tokens: Token[],
  i: number,
  roles: boolean,
  names: readonly (string | undefined)[],
): SwitchFound | null {
  const w = norm(tokens, i);
  // Once several are said, an item designator heading a line or a sentence ("1) SGT Reed, …; 2) PFC Ortiz, …",
  // "… HR 130. 2 - Priority: burns …", "Number two, Private Rosa Ibarra, …", "Second, Lance Corporal Ben Tuilagi").
  // "The first - soldier Ivan Petrenko. …": an ordinal item heading a line too (a numbered line is read below).
  const ordinal = Object.hasOwn(ORDINALS, w) || (w === 'the' && Object.hasOwn(ORDINALS, norm(tokens, i + 1)));
  const item = roles && (!opensLine(tokens, i) || ordinal) ? designatorAt(tokens, i, roles) : undefined;
  // "A1 - SGT Kamara, … B1 - ANA Sgt Wahid.": once several are said, a letter-and-digit code heading a line, and
  // that code said again for what an update adds ("UPDATE 2: C1 1530 HR 132").
  const code = roles ? (codeHeadingAt(tokens, i) ?? codeReferenceAt(tokens, i)) : undefined;
  if (code !== undefined) return { target: { key: `code:${tokens[i].raw}${tokens[i + 1].raw}` }, end: code };
  if (item?.kind === 'item') {
    const n = Number(item.key.slice(1));
    return { target: { key: `n${n}`, number: n }, end: item.end ?? i + 1 };
  }
  // A list of casualties: "One: PFC Tran …", "Two: SPC Wolfe …"; "One, GSW left leg … Two, burns …" in a series.
  if (
    isBoundary(tokens[i - 1]) &&
    // Written digits ("1: M - IED … 2: …") only once several are said.
    (tokens[i]?.spoken || (roles && /^[1-9]$/.test(tokens[i]?.raw ?? ''))) &&
    numberAt(tokens, i) !== undefined &&
    (norm(tokens, i + 1) === ':' || (roles && inNumberSeries(tokens, i)))
  ) {
    const n = numberAt(tokens, i)!;
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  // Items under a radio heading once several are said: "India: one, GSW abdomen; two, GSW right hand. Evac: one
  // urgent surgical, two routine." A number opens the item, and another number opens another the same way.
  // Another number, not the same one ("one is urgent, one is routine" says no one's number); or a number the
  // narrative labels a casualty by ("Casualty one is urgent surgical, two is routine": "casualty two" said before).
  if (
    roles &&
    inlineItemAt(tokens, i) &&
    (tokens.some((t, k) => inlineItemAt(tokens, k) && t.value !== tokens[i].value) ||
      labelledBy(tokens, tokens[i].value, i))
  ) {
    const n = tokens[i].value!;
    return { target: { key: `n${n}`, number: n }, end: i + (norm(tokens, i + 1) === ',' ? 2 : 1) };
  }
  // A numbered list once several are said: "#1 CPL Webb: …", "#2 PFC Ngata: …"; or notes bulleted under a board
  // ("- #1 sternal IO 2234"): the bullet opens the line as a pause would, as a log line's time does with a colon
  // ("2236 #1: …"; "1410 #2 TQ applied to Park" may count a second device).
  if (
    roles &&
    w === '#' &&
    (isBoundary(tokens[i - 1]) || opensLine(tokens, i) || numberHeadsEntry(tokens, i)) &&
    numberAt(tokens, i + 1) !== undefined
  ) {
    const n = numberAt(tokens, i + 1)!;
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  // A numbered list opening lines once several are said: "1) SGT Hill, M - …", "2. PFC Adeyemi - …", "3 - PFC Novak".
  if (
    roles &&
    tokens[i]?.kind === 'number' &&
    (i === 0 || norm(tokens, i - 1) === '\n') &&
    !paragraphOutline(tokens) &&
    numberAt(tokens, i) !== undefined &&
    (norm(tokens, i + 1) === ')' ||
      (norm(tokens, i + 1) === '.' && tokens[i + 2]?.kind === 'word') ||
      // "1 - SGT Reyes, M. …": a number set off by a spaced dash only before a person.
      (norm(tokens, i + 1) === '-' && designatorAt(tokens, i) !== undefined))
  ) {
    const n = numberAt(tokens, i)!;
    // "4. Haddad (contractor) - …": a name with no rank heading the item is the casualty's.
    return { target: { key: `n${n}`, number: n }, end: i + 2, called: nameHeadingAt(tokens, i + 2)?.said };
  }
  // "(2) SSG Pruitt - …": the number in parentheses, as a typed list also numbers its lines.
  const bracketed = roles ? bracketedNumberAt(tokens, i) : undefined;
  if (bracketed !== undefined)
    return {
      target: { key: `n${bracketed}`, number: bracketed },
      end: i + 3,
      called: nameHeadingAt(tokens, i + 3)?.said,
    };
  // "A) SGT Ruiz - …", "B) PFC Hale - …": once several are said, a capital letter lettering a line before a person.
  const lettered = roles && opensLine(tokens, i) && tokens[i].kind === 'word' ? itemNumberAt(tokens, i) : undefined;
  if (lettered && designatorAt(tokens, i))
    return {
      target: { key: `n${lettered.n}`, number: lettered.n },
      end: lettered.end,
      called: nameHeadingAt(tokens, lettered.end)?.said,
    };
  // "No. 1, Bdr Hollis: …", "Number 2 - …": once several are said, a casualty's number with "no" or "number".
  const sign = roles && isBoundary(tokens[i - 1]) && w !== '#' ? numberSignAt(tokens, i) : undefined;
  if (sign) return { target: { key: `n${sign.n}`, number: sign.n }, end: sign.end };
  // "Number one is urgent, number two routine.": a casualty's number said again before what is said of him.
  const again =
    roles && isBoundary(tokens[i - 1]) && ['no', 'number'].includes(w) ? numberAt(tokens, i + 1) : undefined;
  if (again !== undefined && tokens[i + 1].kind === 'number' && saidOfHim(tokens, i + 2) && labelled(tokens, i, 2))
    return { target: { key: `n${again}`, number: again }, end: i + 2 };
  // "Back to one: HR 140", "over to 2,": a bare number turned back to, once a casualty was labelled by it ("Cas one:",
  // "Litter one, red tag").
  const turnedBack = norm(tokens, i - 1) === 'to' && ['back', 'over'].includes(norm(tokens, i - 2));
  // "Back to twenty-one: he's gray" of "Tag twenty-one": a tag's number past nine too.
  const backTo = turnedBack && isBoundary(tokens[i + 1]) ? labelNumberAt(tokens, i) : undefined;
  if (backTo !== undefined) return { target: { key: `n${backTo}`, number: backTo }, end: i + 1 };
  // "Back to number one, pulse 122": a casualty's number turned back to, as "back to casualty one" is.
  const turnedBackToNumber = turnedBack && ['number', '#'].includes(w) && numberAt(tokens, i + 1) !== undefined;
  if (turnedBackToNumber) {
    const n = numberAt(tokens, i + 1)!;
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  // "two of two also got TXA", "one of two pulse 100": a casualty's number and count said again opening a sentence,
  // once a casualty was labelled that way ("casualty two of two, …"); never "one of two tourniquets" with no label.
  const counted = isBoundary(tokens[i - 1]) ? ofCountAt(tokens, i) : undefined;
  if (counted && tokens.some((t, k) => k < i && CASUALTY_LABEL_NOUNS.has(t.norm) && ofCountAt(tokens, k + 1)))
    return { target: { key: `n${counted.n}`, number: counted.n }, end: counted.end };
  // A lettered list: "Alpha: Sgt Cole …", "Bravo - Cpl Yates …" (the spelled letter, never a lone "A:").
  const setOff = norm(tokens, i + 1) === ':' || (norm(tokens, i + 1) === '-' && tokens[i + 1].spaced === true);
  // "Alpha urgent, Bravo routine.": the letter said again before what is said of him, once it labelled someone.
  const letterAgain = !setOff && saidOfHim(tokens, i + 1) && labelled(tokens, i, 1);
  if (isBoundary(tokens[i - 1]) && w.length > 1 && Object.hasOwn(LETTERS, w) && (setOff || letterAgain)) {
    const n = LETTERS[w];
    return { target: { key: `n${n}`, number: n }, end: setOff ? i + 2 : i + 1 };
  }
  // "… only two casualties alpha's priority bravo's routine": a spelled letter that labelled a casualty ("casualty
  // alpha is …"), said again right before a triage category, is that casualty wherever it stands.
  const spelled = w.replace(/'s$/, '');
  if (
    spelled.length > 1 &&
    Object.hasOwn(LETTERS, spelled) &&
    PRIORITY_WORDS.has(norm(tokens, i + 1)) &&
    tokens.some((t, k) => k < i && t.norm === spelled && CASUALTY_LABEL_NOUNS.has(norm(tokens, k - 1)))
  )
    return { target: { key: `n${LETTERS[spelled]}`, number: LETTERS[spelled] }, end: i + 1 };
  // "IED. Two down. First, Hollis.": once several are said, an ordinal opening a sentence before a name; or said to
  // be him ("Third was Ybarra, our RTO, …").
  const saidToBe = loneName(tokens, i + 1, ['was', 'is']);
  if (roles && Object.hasOwn(ORDINALS, w) && isBoundary(tokens[i - 1]) && (namedAfter(tokens, i + 1) || saidToBe)) {
    const n = ORDINALS[w];
    return { target: { key: `n${n}`, number: n }, end: i + 1, ...(saidToBe ? { called: saidToBe } : {}) };
  }
  // "First, zap number … Second, zap number …": once several are said, a series of ordinals each opening a sentence.
  // "Second zap is kilo …", "Third, zap tango …": or an ordinal before the zap number the casualty is known by, which
  // counts casualties wherever it is said (no device, no reading has a zap).
  const zap =
    ROSTER_WORDS.has(norm(tokens, i + 1)) || (norm(tokens, i + 1) === ',' && ROSTER_WORDS.has(norm(tokens, i + 2)));
  if (Object.hasOwn(ORDINALS, w) && isBoundary(tokens[i - 1]) && (zap || (roles && inOrdinalSeries(tokens, i)))) {
    const n = ORDINALS[w];
    return { target: { key: `n${n}`, number: n }, end: i + 1 };
  }
  // Once several are said, a battle roster number or a name heading a sentence ("KR4410: …", "ZAP CW3310, driver: …",
  // "Hughes first: …", "Smith has a GSW …") is that casualty; the words stay who the casualty is.
  // "KT2256 urgent, MR4410 routine.", "Evac: DT0968 urgent.": a roster number before a triage category, listed.
  const triagedRoster = triagedRosterAt(tokens, i);
  // "First roster, sierra kilo three three zero one, …", "Second roster is papa golf …": counted, then the label.
  const countedRoster =
    Object.hasOwn(ORDINALS, norm(tokens, i - 1)) &&
    opensSentenceOrHeading(tokens, i - 1) &&
    norm(tokens, i) === 'roster';
  if (roles && (opensSentenceOrHeading(tokens, i) || triagedRoster || countedRoster)) {
    const known = (k: number): boolean => lexiconReads(tokens).has(k);
    // "Pruitt got an IV in mom's right arm": one who gives the care designates no casualty.
    const subject = caregiverAt(tokens, i) ? undefined : subjectNameAt(tokens, i, known);
    const label = rosterLabelAt(tokens, i) ?? nameLabelAt(tokens, i, known) ?? subject;
    // A surname already known to be casualty n ("First is Cpl Soto … Soto got TXA") is that casualty.
    const n = label ? names.indexOf(label) : -1;
    if (label)
      return {
        target: /\d/.test(label)
          ? { key: `roster:${label}` }
          : { key: `name:${label}`, ...(n >= 0 ? { number: n + 1 } : {}) },
        end: i,
        start: countedRoster ? i - 1 : i,
      };
  }
  // "Oscar Lima has a piece of frag …", "Names: four five two one is Sergeant Keely": part of a roster number said before.
  const reference = roles ? rosterReferenceAt(tokens, i) : undefined;
  if (reference) return { target: { key: `roster:${reference}` }, end: i, start: i };
  // "Starting with Petrov, … Now Hughes, …": once several are said, a name turned to is that casualty; the name stays.
  // With no count said, a ranked name turned to after another ranked name ("Okay, Sergeant Oyelaran first. … Moving
  // to Private Castillo, …") turns from one casualty to another; the words before it were the first one's.
  const turned = turnNameAt(tokens, i, (k) => lexiconReads(tokens).has(k));
  const rank = rankBefore(tokens, i);
  const turnsFrom = !roles && turned !== undefined && rank > 0 && anotherRankedBefore(tokens, i - rank, turned);
  if (turned && (roles || turnsFrom)) {
    const n = names.indexOf(turned);
    const target = { key: `name:${turned}`, ...(n >= 0 ? { number: n + 1 } : {}) };
    return {
      target,
      end: i,
      start: i - rank,
      ...(turnsFrom && norm(tokens, i - rank - 1) === 'to' ? { turns: true as const } : {}),
    };
  }
  // "Maria Estevez (female, roster ME-6630): …": once several are said, a name heading a line; the name stays.
  const heading = roles && opensLine(tokens, i) ? nameHeadingAt(tokens, i) : undefined;
  if (heading) {
    const n = names.indexOf(heading.surname);
    const target = { key: `name:${heading.surname}`, ...(n >= 0 ? { number: n + 1 } : {}) };
    return { target, end: i, start: i, called: heading.said };
  }
  const bulleted = roles ? bulletSwitchAt(tokens, i) : null;
  if (bulleted) return bulleted;
  // A roster of casualties once several are said: a line opening with a rank, after a bullet or a battle roster
  // number ("- SSG Nakamura (NK1180): …", "BR4490 SGT Olsen, M: …"). Only the bullet is a label: the rest is who.
  if (roles && (i === 0 || norm(tokens, i - 1) === '\n')) {
    const bullet = BULLETS.has(w) ? 1 : 0;
    const roster = rosterLength(tokens, i + bullet);
    if (
      RANK_WORDS.has(norm(tokens, i + bullet + roster)) &&
      /^[A-Z]/.test(tokens[i + bullet + roster + 1]?.raw ?? '')
    ) {
      // A one-word heading on the line above ("URGENT", "DELAYED") is this casualty's, not the opening's.
      const heading = i - 2;
      if (tokens[heading]?.kind === 'word' && (heading === 0 || norm(tokens, heading - 1) === '\n'))
        return { target: { key: `line:${i}` }, end: heading, start: heading };
      return { target: { key: `line:${i}` }, end: i + bullet };
    }
  }
  // "Two wounded. Sergeant Ames has a GSW … Private Boyd has a lac …", "Urgent: SGT Bell, …": once several are said,
  // a rank and a capitalized name opening a sentence is that casualty; the words stay who the casualty is.
  // "Top cover, Trooper Lewis Grant, frag to the neck": so too after a heading of a word or two and a comma (what
  // the casualty was in the crew), when the name is set off by a comma as the heading is; the heading is his words.
  // "LANE 4 - PFC Jordan Mills.": or after the heading of his line, where he lay ("Mask two two, Specialist Kyle Brennan").
  const headed = roles && RANK_WORDS.has(w) ? headedRankBefore(tokens, i) : undefined;
  // "Doc Kim's got Private Wallace, frag to the belly": so too a ranked name someone has got, opening the sentence.
  // "Stretcher team brought PFC Ames in first: …": or one someone brought in.
  const gotFrom =
    roles && RANK_WORDS.has(w) && ['got', 'brought'].includes(norm(tokens, i - 1))
      ? sentenceOpening(tokens, i)
      : undefined;
  // "Then Private Doyle was yelling …": so too after a word that only moves the story on, or a seat ("Back right seat is
  // Specialist Garza."), or one "he" or "she" takes up ("…, Specialist Lena Hoffmann, she's the one the RPG got").
  const movedOn = movedOnBefore(tokens, i) ?? (roles && RANK_WORDS.has(w) ? midSentenceOpening(tokens, i) : undefined);
  if (
    roles &&
    RANK_WORDS.has(w) &&
    (opensSentenceOrHeading(tokens, i) || headed !== undefined || gotFrom !== undefined || movedOn !== undefined)
  ) {
    const name = rankedName(tokens, i);
    const from = headed ?? gotFrom ?? movedOn ?? headingStart(tokens, i);
    // "SPC Dale Reyes and PFC Tom Ward.": a sentence that lists two ranked names introduces them, says of neither.
    // A surname already known is that casualty's, wherever it is said ("… stayed with officers. Deputy Hale by air").
    const n = name ? names.indexOf(name) : -1;
    // "SSG Marsh had cinched a TQ on him", "me and LCpl Ortiz": one who gives the care designates no casualty.
    if (name && !namesAnotherRanked(tokens, i) && !caregiverAt(tokens, rankedNameEnd(tokens, i)))
      return { target: { key: `name:${name}`, ...(n >= 0 ? { number: n + 1 } : {}) }, end: from, start: from };
  }
  return null;
}

/** Words after a casualty's label said again that tell what is said of him ("is urgent", "routine."). */
const saidOfHim = (tokens: Token[], k: number): boolean =>
  ['is', 'has', 'gets', 'was'].includes(norm(tokens, k)) ||
  (PRIORITY_WORDS.has(norm(tokens, k)) && (isBoundary(tokens[k + 1]) || norm(tokens, k + 1) === 'surgical'));

/** True when the `length` words of the label at `i` were said before as a label set off by punctuation ("Alpha:"). */
const labelled = (tokens: Token[], i: number, length: number): boolean =>
  tokens.some(
    (_, k) =>
      k < i &&
      Array.from({ length }, (__, d) => norm(tokens, k + d) === norm(tokens, i + d)).every(Boolean) &&
      [',', ':', '-'].includes(norm(tokens, k + length)),
  );

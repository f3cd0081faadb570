/**
 * Whose each casualty switch is: one already introduced, or a new one, in order of introduction. A role said right
 * after a casualty's label names that casualty; a role triaged once all are introduced is the one known by no role;
 * someone introduced as unhurt is a bystander, whom the casualties' numbers do not count.
 */
import type { Token } from '../text/tokenize.js';
import { norm, saysUnhurt } from './casualty-switch.js';
import { CHILD_ROLES, SEX_OF_ROLE } from './lexicon/people.js';
import { PRIORITY_WORDS, rosterAt, rosterCode, spelledRosterAt, spelledRosterCode } from './list-cues.js';
import { opensSentence, SENTENCE_ENDS } from './sentence-ends.js';
import { casualtyIndex, nameOfSwitch, type Switch } from './switch-targets.js';
import { rankedPersonAt } from './counted-items.js';
import type { TextPart } from './shared-phrases.js';

/** Words that give the name after them as someone's ("is Mariam", "named Lee", "called Dunn"). */
const GIVES_NAME = new Set(['is', 'named', 'called']);

export interface Owners {
  /** One key per casualty, in order of introduction. */
  keys: string[];
  /** Per switch, the index of the casualty it switches to. */
  owner: number[];
  /** Indexes of casualties said to be unhurt where they are introduced. */
  bystanders: Set<number>;
}

/** The casualty each of `switches` switches to, over the narrative `text` read as `tokens`. */
export function ownersOf(tokens: Token[], text: string, switches: readonly Switch[]): Owners {
  const keys: string[] = [];
  const owner: number[] = [];
  // Roles said right after a casualty's label ("Casualty 1 of 2: PFC O'Neill … Gunner, thrown clear") name that casualty.
  const roleOwner = new Map<string, number>();
  // "plus the interpreter, who is fine": someone said to be unhurt, who the casualties' numbers do not count.
  const bystanders = new Set<number>();
  let current = -1;
  let labelEnd = 0;
  // Casualties known by what they are on a second pass ("the boy's father"), by its last word: a role of theirs.
  const described = new Map<number, string>();
  const knownAs = (n: number): boolean => [...roleOwner.values()].includes(n) || described.has(n);
  const describedAs = (role: string): number | undefined =>
    [...described].find(([, head]) => `role:${head}` === role)?.[0];
  // "This one first, the driver, … Other one's sitting up, … Driver priority, passenger routine.": a role first said
  // as it is triaged, once all are introduced, is the one casualty known by no role yet; never a new one.
  const roleless = (s: Switch): number | undefined => {
    const none = keys.flatMap((_, n) => (knownAs(n) || bystanders.has(n) ? [] : [n]));
    return keys.length >= 2 && none.length === 1 && PRIORITY_WORDS.has(norm(tokens, s.end)) ? none[0] : undefined;
  };
  // "Casualty 1 of 2. Both PF, … rolled at 2205. Sgt Yusuf Barzani, male, …": a name opening the sentence after the
  // label's and a shared one is the numbered casualty's, as a role there is; said again, it is that casualty still.
  const nameOwner = new Map<string, number>();
  const rosterOwner = new Map<string, number>();
  const namesNumbered = (s: Switch): boolean =>
    current >= 0 &&
    /^n\d+$/.test(keys[current]) &&
    ![...nameOwner.values()].includes(current) &&
    sentencesBetween(tokens, SENTENCE_ENDS.has(norm(tokens, labelEnd)) ? labelEnd + 1 : labelEnd, s.at) <= 1 &&
    !('number' in s.target && s.target.number !== undefined) &&
    // "This one first: … Now Peña, …": a name the medic turns to is someone new.
    norm(tokens, s.at) !== 'now';
  // "the kid in the back, little boy, …", "the little girl … Kid went urgent": a child said by a word for any child
  // (or said so of one said by it) is the one child known by a role, when there is one.
  // A child said by its sex is one said by a word for any child only in the sentence that introduced that one ("the
  // kid …, little boy"); later, another child ("The teenage daughter didn't have a scratch").
  const sameChild = (role: string, at: number): number | undefined => {
    const children = [...roleOwner].filter(([r]) => CHILD_KEYS.has(r));
    const owners = new Set(children.map(([, n]) => n));
    if (!CHILD_KEYS.has(role) || owners.size !== 1) return undefined;
    const child = [...owners][0];
    if (ANY_CHILD.has(role)) return child;
    const apposed = child === current && sentencesBetween(tokens, labelEnd, at) === 0;
    return apposed && children.some(([r]) => ANY_CHILD.has(r)) ? child : undefined;
  };
  // "Driver's fine, Specialist Vo, …": a name said in the sentence that turned to one known by a role is his, unless
  // an earlier reading numbered it.
  let lastAt = -1;
  const numbered = (s: Switch): boolean => 'number' in s.target && s.target.number !== undefined;
  const namesRole = (s: Switch): boolean =>
    current >= 0 &&
    keys[current].startsWith('role:') &&
    !numbered(s) &&
    lastAt >= 0 &&
    sentencesBetween(tokens, lastAt, s.at) === 0;
  // "The older girl, female, fifteen, is Mariam. … Mariam is priority.": a name given as the role's in the sentence
  // the role opened ("is Mariam", "called Mariam", "Driver, Dunn, …") is that one's when it heads words later; a name
  // said there otherwise ("he was sitting next to Dunn") is someone else's.
  const namedInRole = (name: string, at: number): number | undefined => {
    const words = name.replace(/^name:/, '').split(' ');
    const word = words.at(-1);
    for (let k = 0; k < owner.length && switches[k].at < at; k++) {
      const target = switches[k].target;
      if (!('key' in target) || !target.key.startsWith('role:')) continue;
      const roleEnd = switches[k].end;
      for (let e = roleEnd; e < at && !SENTENCE_ENDS.has(norm(tokens, e)); e++) {
        if (norm(tokens, e) !== word) continue;
        const start = e - words.length + 1;
        // One word before the name may be a rank ("is PFC Lee", "Driver, Spc Dunn, …").
        const given = [start - 1, start - 2].some((b) => GIVES_NAME.has(norm(tokens, b)));
        const apposed = norm(tokens, roleEnd) === ',' && start - roleEnd <= 2 && norm(tokens, e + 1) === ',';
        if (given || apposed) return owner[k];
      }
    }
    return undefined;
  };
  for (const s of switches) {
    const role = 'key' in s.target && s.target.key.startsWith('role:') ? s.target.key : null;
    const name = 'key' in s.target && s.target.key.startsWith('name:') ? s.target.key : null;
    const inRole = name ? namedInRole(name, s.at) : undefined;
    let index: number;
    const roster = 'key' in s.target && s.target.key.startsWith('roster:') ? s.target.key : null;
    if (name && nameOwner.has(name)) index = nameOwner.get(name)!;
    else if (roster && !keys.includes(roster) && rosterOwner.has(roster)) index = rosterOwner.get(roster)!;
    else if (name && !keys.includes(name) && namesNumbered(s)) {
      index = current;
      nameOwner.set(name, current);
    } else if (name && !keys.includes(name) && namesRole(s)) {
      index = current;
      nameOwner.set(name, current);
    } else if (name && !keys.includes(name) && !numbered(s) && inRole !== undefined) {
      index = inRole;
      nameOwner.set(name, index);
    } else if (role && roleOwner.has(role)) index = roleOwner.get(role)!;
    else if (role && sameChild(role, s.at) !== undefined) index = sameChild(role, s.at)!;
    else if (role && describedAs(role) !== undefined) index = describedAs(role)!;
    else if (
      role &&
      current >= 0 &&
      !s.turns &&
      (s.ofCurrent ||
        (!knownAs(current) && sentencesBetween(tokens, labelEnd, s.at) <= (headsRanked(s, tokens) ? 0 : 1)))
    ) {
      index = current;
      roleOwner.set(role, current);
    } else if (!role && s.ofCurrent && current >= 0) {
      // "Bravo Sierra four five two one is the one with the leg": a wound said of the casualty being spoken of.
      index = current;
    } else if (role && roleless(s) !== undefined) {
      index = roleless(s)!;
      roleOwner.set(role, index);
    } else {
      index = casualtyIndex(s.target, keys, current, bystanders);
      if (index === keys.length) {
        keys.push('key' in s.target ? s.target.key : `#${keys.length + 1}`);
        // "Back left seat is Private Nunez, … not a scratch on him": one named unhurt is no patient either, nor is one
        // whose line opens with his rank and name ("SSG Pryor was 5 m back, not hurt." before the numbered casualties).
        const ranked = 'key' in s.target && s.target.key.startsWith('line:');
        if ((role || name || ranked) && saysUnhurt(sentenceAround(tokens, text, s.at))) bystanders.add(index);
      }
      if (role) roleOwner.set(role, index);
      // "First, Tex. … Tex is urgent.": a lone name said right after a new casualty's count is his when said again.
      const lone = 'number' in s.target && s.end > s.at ? nameOfSwitch(tokens, s, []) : undefined;
      if (lone && !lone.includes(' ')) nameOwner.set(`name:${lone.toLowerCase()}`, index);
      // "Pt 1, BRN delta tango zero niner six eight. … Evac: DT0968 urgent.": the roster number said in the sentence of
      // a casualty's label is his when it heads words again.
      const code = s.end > s.at ? rosterInSentence(tokens, s.end) : undefined;
      if (code && !rosterOwner.has(`roster:${code}`)) rosterOwner.set(`roster:${code}`, index);
      if ('key' in s.target && s.target.key.startsWith('described:'))
        described.set(
          index,
          s.target.key
            .split(' ')
            .at(-1)!
            .replace(/^described:/, ''),
        );
      labelEnd = s.end;
    }
    owner.push(index);
    current = index;
    lastAt = s.at;
  }
  return { keys, owner, bystanders };
}

/**
 * "Then your walker, Corporal Ivo Petrov, …": a role set off before a rank and name heads someone of his own, so it is
 * the casualty spoken of only in the sentence that opened him ("First, the driver, Private …").
 */
const headsRanked = (s: Switch, tokens: Token[]): boolean =>
  norm(tokens, s.end) === ',' && rankedPersonAt(tokens, s.end + 1);

/** The first roster number, written or spelled, from token `from` to the end of its sentence; else undefined. */
function rosterInSentence(tokens: Token[], from: number): string | undefined {
  for (let i = from; i < tokens.length && !SENTENCE_ENDS.has(norm(tokens, i)); i++) {
    if (rosterAt(tokens, i)) return rosterCode(tokens, i);
    if (spelledRosterAt(tokens, i)) return spelledRosterCode(tokens, i);
  }
  return undefined;
}

/**
 * Per casualty (of `count`, owning `switches` by `owner`), the one sex the roles of its switches say ("the kid in the
 * back, little boy" → male) and the words of the first that says it; undefined when none says one, or they say both.
 */
export function sexesOfRoles(
  tokens: Token[],
  switches: readonly Switch[],
  owner: readonly number[],
  count: number,
): ({ sex: 'male' | 'female'; part: TextPart } | undefined)[] {
  const said = switches.map((s) => {
    const role = 'key' in s.target && s.target.key.startsWith('role:') ? s.target.key.slice(5) : '';
    return Object.hasOwn(SEX_OF_ROLE, role) && s.end > s.at ? SEX_OF_ROLE[role] : undefined;
  });
  return Array.from({ length: count }, (_, n) => {
    const own = said.flatMap((sex, k) => (owner[k] === n && sex ? [{ sex, by: switches[k] }] : []));
    if (own.length === 0 || own.some((r) => r.sex !== own[0].sex)) return undefined;
    return { sex: own[0].sex, part: { start: tokens[own[0].by.at].start, end: tokens[own[0].by.end - 1].end } };
  });
}

/** Words for a child of no sex said ("the kid"), and every role that says a child. */
const ANY_CHILD = new Set(['role:kid', 'role:child']);
const CHILD_KEYS = new Set([...CHILD_ROLES].map((r) => `role:${r}`));

/** The words of the sentence that holds token `i`. */
function sentenceAround(tokens: Token[], text: string, i: number): string {
  let from = i;
  while (!opensSentence(tokens, from)) from--;
  let to = i;
  while (to + 1 < tokens.length && !SENTENCE_ENDS.has(tokens[to].norm)) to++;
  return text.slice(tokens[from].start, tokens[to].end);
}

/** How many sentence ends lie in tokens `[from, to)`. */
function sentencesBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (SENTENCE_ENDS.has(tokens[i].norm)) n++;
  return n;
}

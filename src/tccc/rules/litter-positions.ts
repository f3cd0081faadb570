/**
 * A flight medic's litters known by where each rides in the rack: "Top left litter: SFC Owen Marsh. … Bottom left
 * litter: PVT Kyle Dufresne. … 2304Z top: HR 138 … 2306Z bottom: HR 102". Once two lines or more open with a litter's
 * place, each such line opens that casualty, and a line opening with its tier alone ("top:", "bottom left,") turns
 * to him again when no other litter rides at that tier.
 */
import type { Token } from '../text/tokenize.js';
import { opensLine } from './switch-openings.js';
import { isBoundary, lineStampBefore, norm, type SwitchFound } from './switch-words.js';

/** The tiers of a litter rack. */
const TIERS = new Set(['top', 'bottom', 'upper', 'lower', 'middle']);
const SIDES = new Set(['left', 'right']);
/** What sets a litter's place off from what is said of him ("top:", "bottom left -", "top,"). */
const SET_OFF = new Set([':', ',', '-']);

/** The place said at token `i` ("top left", "bottom"): its words and the token after them. */
function placeAt(tokens: Token[], i: number): { tier: string; side?: string; end: number } | undefined {
  if (!TIERS.has(norm(tokens, i))) return undefined;
  const side = SIDES.has(norm(tokens, i + 1)) ? norm(tokens, i + 1) : undefined;
  return { tier: norm(tokens, i), side, end: side ? i + 2 : i + 1 };
}

/**
 * True at a token opening a line, or a log line's words after the time the line opens with ("2304Z top: …"); unlike
 * switch-openings' `opensEntry`, a time opening a sentence mid-line opens no litter's words.
 */
const opensLogLine = (tokens: Token[], i: number): boolean => opensLine(tokens, i) || lineStampBefore(tokens, i) >= 0;

const placesOf = new WeakMap<Token[], readonly string[]>();

/** The litters' places that head lines ("Top left litter:"), once per narrative; none unless two or more. */
function headedPlaces(tokens: Token[]): readonly string[] {
  let places = placesOf.get(tokens);
  if (!places) {
    const found = new Set<string>();
    tokens.forEach((_, i) => {
      const place = opensLogLine(tokens, i) ? placeAt(tokens, i) : undefined;
      if (place && norm(tokens, place.end) === 'litter' && SET_OFF.has(norm(tokens, place.end + 1)))
        found.add([place.tier, place.side].filter(Boolean).join(' '));
    });
    places = found.size >= 2 ? [...found] : [];
    placesOf.set(tokens, places);
  }
  return places;
}

/**
 * The switch at token `i` to a litter known by its place: the place heading a line ("Top left litter: …"), or said
 * again opening an entry, alone or with its side ("2304Z top: HR 138"), of the one litter at that place; else null.
 */
export function litterSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  const place = opensLogLine(tokens, i) ? placeAt(tokens, i) : undefined;
  if (!place) return null;
  const places = headedPlaces(tokens);
  const said = [place.tier, place.side].filter(Boolean).join(' ');
  const matching = places.filter((p) => p === said || (!place.side && p.split(' ')[0] === place.tier));
  if (matching.length !== 1) return null;
  const end = norm(tokens, place.end) === 'litter' ? place.end + 1 : place.end;
  return SET_OFF.has(norm(tokens, end)) || isBoundary(tokens[end])
    ? { target: { key: `litter:${matching[0]}` }, end }
    : null;
}

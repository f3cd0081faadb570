/**
 * Words that change a casualty's evacuation category, read by the evacuation priority (injuries.ts) and by the
 * splitter that pairs categories with casualties (switch-pairs.ts).
 */

/** Words of a category being changed ("ground called him urgent, I'm upgrading"). */
export const RECATEGORIZED: ReadonlySet<string> = new Set([
  'upgrading',
  'upgraded',
  'downgrading',
  'downgraded',
  'upgrade',
  'downgrade',
  // "PRIORITY (first called routine, changed after finding pelvis)": the call changed, in whichever direction.
  'changed',
  'changing',
  'bumped',
]);

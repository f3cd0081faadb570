/**
 * Words that carry no meaning in a medic's question ("how much txa do I give") and only add noise.
 * Search drops them (search-index.ts); the UI does not highlight them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be by can could do does for from had has have he her him his how i if in is it its me my of on or ' +
    'our she should so that the their them then there these they this to up was we what when where which who why will ' +
    'with would you your about any just get got guy put give given much many need needs use used'
  ).split(' '),
);

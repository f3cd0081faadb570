/**
 * Facts a report needs that live beside the record, not in it: the record schema holds only
 * what the narrative states (time of injury included), while the casualty's date and card notes
 * are kept by the casualty model (src/records) and passed in here.
 */
export interface ReportContext {
  /** Date for the card's DATE box, "YYYY-MM-DD". */
  date?: string;
  /** Free text the medic wrote for the card's NOTES section. */
  notes?: string;
}

/** What a blank box reads as in text output (blank is normal on a card; MISSING is for the 9-line). */
export const BLANK = '—';

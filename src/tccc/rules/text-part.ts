/** A character range `[start, end)` of the narrative. */
export interface TextPart {
  start: number;
  end: number;
  /** For a time header given to a casualty ("2100 - " of "2100 - Ames: HR 90. Bell: HR 84"): where his words it dates begin. */
  heads?: number;
}

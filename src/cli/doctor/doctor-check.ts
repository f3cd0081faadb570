/** One check's result, as `npm run doctor` prints it; every check module returns these. */
export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  /** What to do when not ok; empty when ok. */
  fix: string;
}

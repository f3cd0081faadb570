/**
 * A transcript sets what a monitor showed or sounded in brackets, in the transcriber's words ("[monitor alarm: SpO2
 * 88]", "[Propaq: HR 41]"). That is the machine's reading, not the medic's: he goes on to call it motion, a lead off or a
 * bad reading, or says the numbers he believes himself, timed, on the line he dictates. So the bracket is blanked
 * (blanked-text.ts, offsets kept) and only what the medic says is read; a reading he merely nods to is lost, not doubled.
 */
import { blank } from './blanked-text.js';

/** A bracket labelled by a device, its label ending in a colon: "[monitor alarm: …]", "[pulse ox: …]". */
const DEVICE_NOTE =
  /\[\s*(?:(?:cardiac|patient|the)\s+)?(?:monitor|propaq|zoll|lifepak|pulse[ -]?ox(?:imeter)?|oximeter|ventilator|alarm|screen|display)(?:\s+(?:alarm|alert|reads?|shows?|display))?\s*:[^\]\n]{0,80}\]/gi;

/** `text` without a device's bracketed readings; same length. */
export const withoutMonitorAlarms = (text: string): string =>
  text.includes('[') ? text.replace(DEVICE_NOTE, blank) : text;

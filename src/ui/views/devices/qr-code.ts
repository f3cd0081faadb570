/**
 * The pairing link as a QR code the Devices page draws: the same library (`uqr`) that prints it in the terminal,
 * its module grid turned into one SVG path, so the page needs no markup from elsewhere.
 */
import { encode } from 'uqr';

export interface QrPath {
  path: string;
  size: number;
}

// The page renders again each time its device list refreshes, but the link changes only when a new one is made:
// encoding costs ~16 ms of main-thread time, so the last link's path is kept.
let last: { text: string; qr: QrPath } | undefined;

/** An SVG path of the dark modules of `text`'s QR code (one unit per module, border included) and its size. */
export function qrPath(text: string): QrPath {
  if (last?.text !== text) last = { text, qr: drawQr(text) };
  return last.qr;
}

function drawQr(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    // One rectangle per run of dark modules on a row keeps the path short.
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      runs.push(`M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`);
    }
  });
  return { path: runs.join(''), size };
}

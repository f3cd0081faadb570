import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-code.js';

describe('qrPath', () => {
  it('draws exactly the dark modules of the link, row by row', () => {
    const link = 'https://192.168.1.20:8443/pair?code=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
    const { path, size } = qrPath(link);
    const { data } = encode(link, { ecc: 'M', border: 2 });
    expect(size).toBe(data.length);
    const drawn = data.map(() => Array<boolean>(size).fill(false));
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
      for (let i = 0; i < Number(w); i++) drawn[Number(y)][Number(x) + i] = true;
    expect(drawn).toEqual(data);
  });

  it('draws a link once however often the page renders, and a new link anew', () => {
    const first = qrPath('https://10.0.0.5:8443/pair?code=first');
    expect(qrPath('https://10.0.0.5:8443/pair?code=first')).toBe(first);
    const second = qrPath('https://10.0.0.5:8443/pair?code=second');
    expect(second).not.toBe(first);
    expect(second.path).not.toBe(first.path);
  });
});

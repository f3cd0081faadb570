import { resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkModelFileName, modelFileNameProblem } from './model-file-name.js';

const FOLDER = '/srv/kiosk/models/m/resolve/main';
const BASE_URL = 'https://kiosk.local:8443/models/m/resolve/main/';

/** Pieces every traversal or confusion trick is built from: encodings, look-alike dots, separators, controls. */
const TRICKS = [
  '..',
  '.',
  '/',
  '\\',
  '%2e',
  '%2E',
  '%2e%2e',
  '.%2e',
  '%2f',
  '%5c',
  '%00',
  '\0',
  '\u3002',
  '\uff0e',
  '\uff0e\uff0e',
  '\u2024',
  '\u2025',
  '\uff0f',
  '\u2215',
  '\u2044',
  'e\u0301',
  '\u00e9',
  'A\u030a',
  '\u212b',
  ':',
  'file:',
  'http://evil/',
  '//evil',
  'C:',
  '?',
  '#',
  '\r\n',
  '\u001b[2J',
  '\u202e',
  '\u200b',
  ' ',
  '~',
  'params_shard_0.bin',
  'tokenizer.json',
  'a',
  'onnx',
];
const hostileName = fc
  .array(fc.oneof(fc.constantFrom(...TRICKS), fc.string({ unit: 'grapheme', maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const segment = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/).filter((s) => s !== '.' && s !== '..');
const safeName = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

describe('checkModelFileName', () => {
  it('accepts the names real models use, unchanged', () => {
    for (const name of [
      'mlc-chat-config.json',
      'params_shard_12.bin',
      'onnx/model_q4.onnx',
      'phi-2-q4f16_1-ctx2k_cs1k-webgpu.wasm',
      '.gitattributes',
      'a..b',
    ]) {
      expect(checkModelFileName(name, 'test')).toBe(name);
    }
  });

  it.each([
    ['../../../../tmp/x/pwned.bin', /".."/],
    ['/etc/passwd', /absolute/],
    ['https://evil.example/x.bin', /URL/],
    ['C:/x.bin', /URL/],
    ['a\\..\\b', /backslash/],
    ['a\0b', /NUL/],
    ['a//b', /empty path segment/],
    ['a/', /empty path segment/],
    ['', /empty/],
    ['%2e%2e/x', /character other than/],
    ['\uff0e\uff0e/x', /character other than/],
    ['./x', /"\."/],
  ])('refuses %j, naming the file and where it came from', (name, reason) => {
    expect(() => checkModelFileName(name, 'tensor-cache.json')).toThrow(reason);
    expect(() => checkModelFileName(name, 'tensor-cache.json')).toThrow(/^tensor-cache\.json names the file "/);
  });

  it('never lets a terminal escape or a line break through into its message', () => {
    try {
      checkModelFileName('x\u001b[2J\r\nmirrored ok', 'mlc-chat-config.json');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect((error as Error).message).toContain('\\u{1b}[2J\\u{d}\\u{a}');
    }
  });

  it('accepts every name built from safe segments', () => {
    fc.assert(
      fc.property(safeName, (name) => {
        expect(checkModelFileName(name, 'x')).toBe(name);
      }),
    );
  });

  it('lets no name it accepts leave the folder on disk or the base URL, whatever tricks it is built from', () => {
    fc.assert(
      fc.property(fc.oneof(hostileName, safeName, fc.string({ unit: 'binary', maxLength: 30 })), (name) => {
        if (modelFileNameProblem(name) !== undefined) return;
        const accepted = checkModelFileName(name, 'x');
        expect(resolve(FOLDER, accepted).startsWith(FOLDER + sep)).toBe(true);
        // WHATWG URL resolution decodes %2e%2e as a dot segment: an accepted name must not contain one.
        expect(new URL(accepted, BASE_URL).href.startsWith(BASE_URL)).toBe(true);
        expect(new URL(accepted, BASE_URL).href.length).toBeGreaterThan(BASE_URL.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every name with a traversal piece, an encoding or a look-alike in it', () => {
    const withTrick = fc
      .tuple(
        safeName,
        fc.constantFrom('..', '%2e%2e', '\uff0e\uff0e', '\\', '\0', '\u2215', 'e\u0301', '//', '?', '#'),
        safeName,
      )
      .map(([a, t, b]) => `${a}/${t}/${b}`);
    fc.assert(
      fc.property(withTrick, (name) => {
        expect(modelFileNameProblem(name)).toBeDefined();
      }),
    );
  });
});

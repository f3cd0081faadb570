import { describe, expect, it } from 'vitest';
import { chunkUrls, fillPlaceholders, type BuiltChunks } from './vite-plugin.js';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  moduleIds,
  imports,
  code: '',
});

const bundle: BuiltChunks = {
  'assets/split-a1.js': chunk(
    'assets/split-a1.js',
    ['/p/src/split.ts', '/p/src/cut.ts'],
    ['assets/core-b2.js', 'assets/runtime-c3.js'],
  ),
  'assets/core-b2.js': chunk('assets/core-b2.js', ['/p/src/lexicon.ts'], ['assets/runtime-c3.js']),
  'assets/runtime-c3.js': chunk('assets/runtime-c3.js', ['\0runtime']),
  'assets/view-d4.js': chunk('assets/view-d4.js', ['/p/src/view.ts'], ['assets/core-b2.js']),
  'assets/logo.svg': { type: 'asset' },
};

describe('chunkUrls', () => {
  it('gives the chunk holding the module, then each chunk it imports statically, once', () => {
    expect(chunkUrls(bundle, '/p/src/split.ts', '/')).toEqual([
      '/assets/split-a1.js',
      '/assets/core-b2.js',
      '/assets/runtime-c3.js',
    ]);
  });

  it('finds a module that shares its chunk with others, under the build base', () => {
    expect(chunkUrls(bundle, '/p/src/cut.ts', '/app/')[0]).toBe('/app/assets/split-a1.js');
  });

  it('fails the build when no chunk holds the module (a renamed file must not leave the list empty)', () => {
    expect(() => chunkUrls(bundle, '/p/src/gone.ts', '/')).toThrow(/no chunk holds \/p\/src\/gone.ts/);
  });
});

describe('fillPlaceholders', () => {
  it('replaces each quoted placeholder, whatever quotes the minifier chose, by its list', () => {
    const code = 'var k={split:`__tccc_module_urls_split__`,rules:"__tccc_module_urls_rules__"};';
    expect(fillPlaceholders(code, { split: ['/a.js'], rules: ['/b.js', '/c.js'] })).toBe(
      'var k={split:["/a.js"],rules:["/b.js","/c.js"]};',
    );
  });

  it('leaves code without placeholders as it is', () => {
    expect(fillPlaceholders('let a = `x`;', { split: ['/a.js'] })).toBe('let a = `x`;');
  });
});

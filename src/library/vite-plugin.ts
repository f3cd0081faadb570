/**
 * Vite plugin: builds the library index at build time and serves it as the virtual module `virtual:tccc-library`
 * (default export: LibraryData). It ends up in the JS chunk of whoever imports it, so the PWA precache covers it.
 */
import type { Plugin } from 'vite';
import { libraryDataFromFiles, PASSAGES_DIR } from './passage-files.js';

const LIBRARY_MODULE_ID = 'virtual:tccc-library';
const RESOLVED_ID = `\0${LIBRARY_MODULE_ID}`;

/** Register in vite.config.ts: `plugins: [tcccLibrary()]`. */
export function tcccLibrary(passagesDir: string = PASSAGES_DIR): Plugin {
  return {
    name: 'tccc-library',
    resolveId(id) {
      return id === LIBRARY_MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(passagesDir);
      // JSON.parse of a string literal parses faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(libraryDataFromFiles(passagesDir)))});`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(passagesDir)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}

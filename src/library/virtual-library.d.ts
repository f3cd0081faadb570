/** The library data built by `tcccLibrary()` in vite-plugin.ts. */
declare module 'virtual:tccc-library' {
  import type { LibraryData } from './search-index.js';
  const data: LibraryData;
  export default data;
}

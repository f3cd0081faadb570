/** The library data built by `tcccLibrary()` in vite-plugin.ts. */
declare module 'virtual:tccc-library' {
  const data: import('./search-index.js').LibraryData;
  export default data;
}

/** The URLs built by `moduleUrls()` in vite-plugin.ts (names as given in vite.config.ts). */
declare module 'virtual:module-urls' {
  export const MODULE_URLS: {
    /** The rules engine's casualty split (src/tccc/rules/casualties.ts) and what it imports. */
    readonly casualtySplit: readonly string[];
    /** The rules engine (src/engines/rules/index.ts) and what it imports. */
    readonly rulesEngine: readonly string[];
  };
}

/** Replaced by vite.config.ts `define` with the ISO time of the build; absent when not built by Vite (unit tests). */
declare const __BUILD_TIME__: string | undefined;

/** When this app was built; a device clock reading earlier than this is wrong. */
export const BUILD_TIME: Date | undefined = typeof __BUILD_TIME__ === 'string' ? new Date(__BUILD_TIME__) : undefined;

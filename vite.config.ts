import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { tcccLibrary } from './src/library/vite-plugin.js';
import { ortAssets } from './src/engines/transformers/vite-plugin.js';
import { vadAssets } from './src/engines/speech/vite-plugin.js';
import { precompress } from './src/server/precompress.js';
import { moduleUrls } from './src/ui/module-preload/vite-plugin.js';

const THEME_COLOR = '#10233f';

export default defineConfig({
  build: {
    target: 'es2022',
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: /\.generated\.ts$/, sideEffects: false }] },
      // Fewer, larger chunks where a view waits on them. Left to itself, Rolldown splits modules by which lazy chunks
      // share each one: the first paint waited on some fifteen small chunks and Record's on twelve more, and a phone's
      // connection (six per host) fetches them in rounds of six. So: everything the entry imports statically is one
      // chunk (the app layer imports modules, not the indexes that re-export whole folders, which would bring the
      // record validator and the reports); and the parts several views share (casualty bar, kept recordings, style
      // sheets, body diagram, guidance cards, Lit's directives) are one more. A view then needs its own chunk, those
      // two and what it alone uses (the validator, for instance, stays out of Capture's first screen).
      output: {
        codeSplitting: {
          groups: [
            { name: 'app-shell', tags: ['$initial'] },
            {
              name: 'view-parts',
              test: /[\\/]src[\\/](ui[\\/](casualties|recordings|styles|guidance|body-diagram)[\\/]|records[\\/]unsaved)|[\\/]lit(-html)?[\\/]directive/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  resolve: {
    alias: [
      // automerge-repo's CBOR codec, cbor-x, probes `new Function('')` when it loads (and compiles record readers
      // with it): under the kiosk's CSP (no 'unsafe-eval') each page load logged a violation. Its own no-eval build
      // has the probe fail without eval and decodes with its plain readers.
      { find: /^cbor-x$/, replacement: 'cbor-x/index-no-eval' },
    ],
  },
  // Module workers (each is started with `type: 'module'`): the casualty store's worker loads Automerge's WebAssembly
  // with a top-level await, which a classic (IIFE) worker bundle cannot hold.
  worker: { format: 'es' },
  // When this build was made: a device clock reading earlier is wrong (src/tccc/alerts/clock-check.ts).
  define: { __BUILD_TIME__: JSON.stringify(new Date().toISOString()) },
  plugins: [
    // Builds the passage index into `virtual:tccc-library`, a JS chunk the precache below picks up.
    tcccLibrary(),
    // ONNX Runtime's files for the CPU engine at /ort/<version>/ (cached by the service worker's engine-assets route, not precached).
    ortAssets(),
    // The Silero VAD model for Dictate at /vad/ (precached below: dictation's VAD starts offline).
    vadAssets(),
    // The built URLs of modules a view fetches ahead and runs later (Capture: the rules engine, for "Add" offline).
    moduleUrls({ casualtySplit: 'src/tccc/rules/casualties.ts', rulesEngine: 'src/engines/rules/index.ts' }),
    // .br/.gz beside each built file for the kiosk server to send as they are.
    precompress(),
    VitePWA({
      // Our own worker (src/sw/index.ts) built from the workbox npm modules: no CDN, no generated code.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'index.ts',
      // src/ui/sw-bridge.ts registers it through workbox-window and asks before any update.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // Everything the app shell needs offline; model shards and engine assets have their own homes.
        // assets/*.wasm is Automerge's, which the casualty records need to open at all, offline too.
        globPatterns: ['**/*.{html,js,css,png,svg,ico,webmanifest,json}', 'vad/*.onnx', 'assets/*.wasm'],
        globIgnores: ['models/**', 'engine-assets/**', 'ort/**'],
        // The engine workers (WebLLM's runtime is ~6 MB of JS) are app code too: without them offline there is no model.
        maximumFileSizeToCacheInBytes: 16 * 2 ** 20,
      },
      manifest: {
        id: '/',
        name: 'TCCC Scribe',
        short_name: 'TCCC Scribe',
        description: "Turns a medic's casualty narrative into a TCCC record and reports, on this device, offline.",
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});

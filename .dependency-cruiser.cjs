/**
 * The architecture, checked by `npm run lint:deps` (part of `npm test`). Arrows point inward:
 * ui → app → engines / model-store / records / library → tccc. Type-only imports count too
 * (tsPreCompilationDeps), because a type borrowed from an outer layer is an arrow up all the same.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means neither module can be understood, tested or moved without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tccc-imports-nothing-of-ours',
      severity: 'error',
      comment: 'src/tccc is the pure domain core: it runs in Node, the browser and workers alike.',
      from: { path: '^src/tccc/' },
      to: { path: '^src/', pathNot: '^src/tccc/' },
    },
    {
      name: 'records-library-only-tccc',
      severity: 'error',
      comment: 'Casualty storage and the library build on the domain core only.',
      from: { path: '^src/(records|library)/' },
      to: { path: '^src/', pathNot: ['^src/tccc/', '^src/$1/'] },
    },
    {
      name: 'app-no-ui',
      severity: 'error',
      comment: 'src/app is the application layer the views use: no views, no shell, no Lit.',
      from: { path: '^src/app/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'model-store-no-engines-ui-sw',
      severity: 'error',
      comment:
        'The model store downloads and verifies files; engines and the service worker use it, never the reverse.',
      from: { path: '^src/model-store/' },
      to: { path: '^src/(engines|ui|sw|app)/' },
    },
    {
      name: 'only-ui-imports-lit',
      severity: 'error',
      comment: 'Lit is the view layer; everything under it stays testable in Node without a DOM.',
      from: { path: '^src/', pathNot: '^src/ui/' },
      to: { path: 'node_modules/(lit|lit-html|lit-element|@lit|@lit-labs)/' },
    },
    {
      name: 'nothing-imports-ui',
      severity: 'error',
      comment:
        'The views are the outermost browser layer; nothing inside src depends on them but src/main.ts, the entry that builds the app and hands it to them.',
      from: { path: '^src/', pathNot: ['^src/ui/', '^src/main\\.ts$'] },
      to: { path: '^src/ui/' },
    },
    {
      name: 'browser-code-no-node-layers',
      severity: 'error',
      comment: 'The server and the CLI run in Node; code that ships to the browser must not reach into them.',
      from: { path: '^src/', pathNot: '^src/(server|cli)/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'engine-runtime-is-a-leaf',
      severity: 'error',
      comment:
        'ONNX Runtime file names and the engine-assets cache: shared by engines, model store and service worker.',
      from: { path: '^src/engine-runtime/' },
      to: { path: '^src/', pathNot: '^src/engine-runtime/' },
    },
    {
      name: 'only-the-shell-knows-the-routes',
      severity: 'error',
      comment: 'The route table imports every view; a view that imported it back would close a cycle.',
      from: { path: '^src/', pathNot: '^src/ui/(shell/|main[.]ts$)' },
      to: { path: '^src/ui/shell/(routes|route-location)[.]ts$' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that resolves to nothing is a typo or a missing dependency (virtual: modules come from Vite plugins).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};

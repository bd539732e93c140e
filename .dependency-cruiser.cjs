/**
 * Newsdesk's layer rules (docs/architecture.md), checked by `npm test`.
 * Slack side: src/slack/, each capability's slack-*.ts files, the app's wiring (app.ts) and the
 * playground, which hosts a Slack emulator. Everything else is the domain, the engines or the store.
 */
const SLACK_SIDE = '^src/(slack/|[^/]+/slack-[^/]+\\.ts$|app\\.ts$|playground/)';

module.exports = {
  forbidden: [
    {
      name: 'slack-only-on-the-slack-side',
      comment: 'Only src/slack/, the slack-*.ts files of a capability, app.ts and the playground may import @slack/*: the domain stays Slack-free.',
      severity: 'error',
      from: { path: '^src/', pathNot: SLACK_SIDE },
      to: { path: '@slack/' },
    },
    {
      name: 'domain-not-on-slack-side',
      comment: 'The domain calls no Slack-side module: the Slack side calls the domain, never the reverse.',
      severity: 'error',
      from: { path: '^src/', pathNot: [SLACK_SIDE, '^src/(index|services)\\.ts$'] },
      to: { path: SLACK_SIDE, pathNot: '^src/slack/redacting-logger\\.ts$' },
    },
    {
      name: 'engines-no-slack-no-store',
      comment: 'The engines (src/engines/) import neither Slack nor the store: they turn an article into answers, nothing more.',
      severity: 'error',
      from: { path: '^src/engines/' },
      to: { path: ['@slack/', '^src/slack/', '^src/store/', '^src/[^/]+/slack-'] },
    },
    {
      name: 'domain-not-adapters',
      comment: 'The domain uses the Engine interface, never an adapter: only wiring (services, cli, eval, bench) picks llm/ or offline/.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/engines/', '^src/services\\.ts$', '^src/cli/', '^src/playground/', '^src/eval/'] },
      to: { path: '^src/engines/(llm|offline)/' },
    },
    {
      name: 'no-cycles',
      comment: 'No import cycles: each folder builds on the ones below it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-tests',
      comment: 'Application code never imports the tests, except the playground, which runs the test emulators on purpose.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/playground/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

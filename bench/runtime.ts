import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { SIGNING_SECRET, BOT_TOKEN } from '../test/support/newsdesk.js';
import { SlackEmulator } from '../test/support/slack-emulator.js';
import { OpenAIEmulator } from '../test/support/openai-emulator.js';
import { russiaSummary } from '../test/support/fixtures.js';
import { freePort } from '../test/support/npm-start.js';
import { summarizeRound, withBareBoltProcess, withNewsdeskProcess, type SlackAppProcess, type SummarizeRound } from './app-process.js';
import { bareBoltPackage, bareSummarize } from './bare-bolt.js';
import { median, npmStartNodeArgs, report } from './stats.js';

const projectRoot = new URL('../', import.meta.url).pathname;
const FIXTURE = 'test/fixtures/article-id-russia-diplomacy.txt';
const CPU_REQUESTS = 200;
const STARTS = 5;
// Five rounds' median: with three, one round's moment of the machine (a round ran 10 % dearer than the next
// for both apps alike) still moved the ratio by a tenth from one run to the next.
const CPU_ROUNDS = Number(process.env.CPU_ROUNDS ?? 5);

type CpuFigures = Pick<SummarizeRound, 'mainThreadMs' | 'processMs'>;

/**
 * CPU per /summarize with an instant model, over 200 requests (10 at a time, from 50 people in 10
 * channels, each a different article), against a bare Bolt app that acks and posts one message at
 * once. Both run as processes of their own: Newsdesk as `npm start` runs it (the compiled bundle,
 * its default SQLite store), so that the harness's signed sender and the Slack and model emulators,
 * which serve each of Newsdesk's three calls (the model, chat.postMessage, the response_url) against
 * the bare app's one, are not charged to the app. The bound is the app's main thread (the one that
 * acks Slack, `/proc/<pid>/task/<pid>/schedstat`, to the nanosecond); the whole process (every thread, the reading pool's
 * too, `/proc/<pid>/stat`) is printed beside it. BENCH_APP_NODE_ARGS (for example `--cpu-prof`)
 * go to both apps.
 */
export async function benchCpuPerSummary(): Promise<void> {
  const slack = await SlackEmulator.start(BOT_TOKEN);
  const openai = await OpenAIEmulator.start();
  openai.respondWith(() => ({ json: russiaSummary }));
  const cpuPerRequest = async (app: SlackAppProcess, label: string): Promise<CpuFigures> => {
    const { mainThreadMs, processMs } = await summarizeRound(app, slack, { requests: CPU_REQUESTS, concurrency: 10, label, timeoutMs: 120_000 });
    return { mainThreadMs, processMs };
  };
  try {
    const rounds = await withNewsdeskProcess(slack, openai, (newsdeskApp) =>
      withBareBoltProcess(bareSummarize(), slack, async (bareApp) => {
        // Rounds of each warm the JIT; then CPU_ROUNDS alternating rounds, each figure their median:
        // the bare app's 200 requests take about 0.2 s of its main thread, so one moment of the machine's moves a single round's ratio.
        // Two warm-up rounds each: after one, both sides still got cheaper round by round as the JIT went on.
        for (const warmUp of ['warm-up 1', 'warm-up 2']) {
          await cpuPerRequest(newsdeskApp, `newsdesk ${warmUp}`);
          await cpuPerRequest(bareApp, `bare ${warmUp}`);
        }
        const measured: Array<{ newsdesk: CpuFigures; baseline: CpuFigures }> = [];
        for (let round = 0; round < CPU_ROUNDS; round++) {
          measured.push({ newsdesk: await cpuPerRequest(newsdeskApp, `newsdesk round ${round}`), baseline: await cpuPerRequest(bareApp, `bare round ${round}`) });
        }
        return measured;
      }));
    const of = (side: 'newsdesk' | 'baseline', figure: keyof CpuFigures) => median(rounds.map((round) => round[side][figure]));
    console.log(`(the median of ${CPU_ROUNDS} alternating rounds; main thread, newsdesk / bare: ${rounds.map((r) => `${r.newsdesk.mainThreadMs.toFixed(2)} / ${r.baseline.mainThreadMs.toFixed(2)}`).join(', ')} ms)`);
    report({ name: `main-thread CPU per /summarize, instant model (target <= 3x)`, value: of('newsdesk', 'mainThreadMs'), baseline: of('baseline', 'mainThreadMs'), unit: 'ms', bound: 3 });
    report({ name: `whole-process CPU per /summarize (with the reading pool)`, value: of('newsdesk', 'processMs'), baseline: of('baseline', 'processMs'), unit: 'ms' });
  } finally {
    await slack.close();
    await openai.close();
  }
}

/**
 * `npm start` to a 200 from /healthz, against a minimal Bolt app started the same way (`npm start`
 * of a package holding only that app): npm's own start-up, about a bare node's, is in both. Beside
 * it, without npm: the compiled app by `node` against the minimal app by `node`.
 */
export async function benchStartUp(): Promise<void> {
  const slack = await SlackEmulator.start(BOT_TOKEN);
  const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, STORE_URL: 'memory:', LOG_LEVEL: 'error' };
  // A minimal Bolt app: HTTP receiver, /healthz, no listeners.
  const barePackage = bareBoltPackage();
  try {
    const starts = { npmNewsdesk: [] as number[], npmBare: [] as number[], nodeNewsdesk: [] as number[], nodeBare: [] as number[] };
    for (let i = 0; i < STARTS; i++) {
      starts.npmNewsdesk.push(await timeToHealthy('npm', ['start', '--silent'], env));
      starts.npmBare.push(await timeToHealthy('npm', ['start', '--silent'], env, barePackage));
      starts.nodeNewsdesk.push(await timeToHealthy(process.execPath, npmStartNodeArgs(), env));
      starts.nodeBare.push(await timeToHealthy(process.execPath, ['app.js'], env, barePackage));
    }
    report({ name: 'npm start to a 200 from /healthz (target <= 1.5x)', value: median(starts.npmNewsdesk), baseline: median(starts.npmBare), unit: 'ms', bound: 1.5 });
    report({ name: 'node to a 200 from /healthz, without npm', value: median(starts.nodeNewsdesk), baseline: median(starts.nodeBare), unit: 'ms' });
  } finally {
    rmSync(barePackage, { recursive: true, force: true });
    await slack.close();
  }
}

async function timeToHealthy(command: string, args: string[], env: Record<string, string>, cwd = projectRoot): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env, PORT: String(port) }, stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false);
      if (ok) return performance.now() - start;
      if (child.exitCode !== null) throw new Error(`${command} ${args[0]} exited with ${child.exitCode} before answering /healthz`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

/**
 * One CLI call summarizing the fixture (offline engine), against a bare node process that imports
 * the same packages and exits. Which packages the CLI loads is found by running it once with a
 * resolve hook that lists them, so the baseline follows the CLI's imports as they change.
 */
export async function benchCliCall(): Promise<void> {
  const env = { OPENAI_API_KEY: '', OPENAI_BASE_URL: '' };
  const cli = ['dist/cli/index.js', 'summarize', '--json', FIXTURE];
  const packages = (await run(['--import', `data:text/javascript,${encodeURIComponent(LIST_PACKAGES_HOOK)}`, ...cli], env)).stderr.trim().split('\n').filter(Boolean);
  const importThem = `await Promise.all(${JSON.stringify(packages)}.map((name) => import(name)));`;
  const newsdesk: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    newsdesk.push((await run(cli, env)).ms);
    baseline.push((await run(['--input-type=module', '-e', importThem], env)).ms);
  }
  report({ name: `one CLI summarize vs node importing its ${packages.length} packages (target <= 2x)`, value: median(newsdesk), baseline: median(baseline), unit: 'ms', bound: 2 });
}

/** Registers a resolve hook that writes, at exit, the bare package specifiers the program imported. */
const LIST_PACKAGES_HOOK = `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const seen = new Set();
port1.on('message', (name) => seen.add(name));
port1.unref();
process.on('exit', () => process.stderr.write([...seen].join('\\n') + '\\n'));
register('data:text/javascript,' + encodeURIComponent(\`
  let port;
  export function initialize(data) { port = data.port; }
  export async function resolve(specifier, context, next) {
    if (/^[@a-z]/.test(specifier) && !specifier.startsWith('node:') && context.parentURL && !context.parentURL.includes('/node_modules/')) port.postMessage(specifier);
    return next(specifier, context);
  }\`), { data: { port: port2 }, transferList: [port2] });
`;

function run(args: string[], env: Record<string, string>): Promise<{ ms: number; stderr: string }> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) =>
    child.once('close', (code) => (code === 0 ? resolve({ ms: performance.now() - start, stderr }) : reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr}`)))),
  );
}

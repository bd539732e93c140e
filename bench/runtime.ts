import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { startNewsdesk, SIGNING_SECRET, BOT_TOKEN } from '../test/support/newsdesk.js';
import { SlackSender } from '../test/support/slack-requests.js';
import { SlackEmulator } from '../test/support/slack-emulator.js';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import { freePort } from '../test/support/npm-start.js';
import { warmUpIntake } from '../src/article/warm-up.js';
import { bareBoltPackage, startBareBolt } from './bare-bolt.js';
import { mainThreadCpuMs, median, npmStartNodeArgs, processCpuMs, report, timeConcurrently } from './stats.js';

const projectRoot = new URL('../', import.meta.url).pathname;
const FIXTURE = 'test/fixtures/article-id-russia-diplomacy.txt';
const CPU_REQUESTS = 200;
const STARTS = 5;
const CPU_ROUNDS = 3;

interface CpuFigures {
  mainThread: number;
  process: number;
}

/**
 * Main-thread CPU per /summarize with an instant model (over 200 requests, each a different
 * article), against a bare Bolt app that acks and posts one message. The main thread is what acks
 * Slack, so it is the bound; the whole process (with the pool that reads articles) is printed beside
 * it. Both figures include the signed sender's and the Slack emulator's share, which run in this
 * process's main thread too.
 */
export async function benchCpuPerSummary(): Promise<void> {
  const nd = await startNewsdesk({ env: { LOG_LEVEL: 'error' } });
  nd.openai!.respondWith(() => ({ json: russiaSummary }));
  await warmUpIntake(0);
  const bare = await startBareBolt({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, slackApiUrl: nd.slack.apiUrl, post: true });
  const bareSender = new SlackSender(`${bare.url}/slack/events`, SIGNING_SECRET, nd.slack);
  const article = russiaArticle();
  const cpuPerRequest = async (sender: SlackSender, label: string): Promise<CpuFigures> => {
    const before = nd.slack.countOf('chat.postMessage');
    const [mainStart, processStart] = [mainThreadCpuMs(), processCpuMs()];
    await timeConcurrently(CPU_REQUESTS, 10, async (i) => {
      const { response } = await sender.command('/summarize', `${article}\nUpdate ${i} of this story, ${label}.`, { userId: `UREPORTER${i % 50}`, channelId: `CNEWSROOM${i % 10}` });
      await response.text();
    });
    await nd.slack.waitForCount('chat.postMessage', before + CPU_REQUESTS, 120_000);
    return { mainThread: (mainThreadCpuMs() - mainStart) / CPU_REQUESTS, process: (processCpuMs() - processStart) / CPU_REQUESTS };
  };
  try {
    // Rounds of each warm the JIT; then CPU_ROUNDS alternating rounds, each figure their median:
    // the bare app's 200 requests take about 0.4 s of CPU, so one moment of the machine's moved a single round's ratio by a tenth.
    // Two warm-up rounds each: after one, both sides still got cheaper round by round as the JIT went on.
    for (const warmUp of ['warm-up 1', 'warm-up 2']) {
      await cpuPerRequest(nd.send, warmUp);
      await cpuPerRequest(bareSender, warmUp);
    }
    const rounds: Array<{ newsdesk: CpuFigures; baseline: CpuFigures }> = [];
    for (let round = 0; round < CPU_ROUNDS; round++) {
      const profiling = await profileIfAsked();
      const newsdesk = await cpuPerRequest(nd.send, `newsdesk round ${round}`);
      await profiling?.stop(round);
      rounds.push({ newsdesk, baseline: await cpuPerRequest(bareSender, `bare round ${round}`) });
    }
    const of = (side: 'newsdesk' | 'baseline', figure: keyof CpuFigures) => median(rounds.map((round) => round[side][figure]));
    console.log(`(the median of ${CPU_ROUNDS} alternating rounds; main thread, newsdesk / bare: ${rounds.map((r) => `${r.newsdesk.mainThread.toFixed(2)} / ${r.baseline.mainThread.toFixed(2)}`).join(', ')} ms)`);
    report({ name: `main-thread CPU per /summarize, instant model (target <= 3x)`, value: of('newsdesk', 'mainThread'), baseline: of('baseline', 'mainThread'), unit: 'ms', bound: 3 });
    report({ name: `whole-process CPU per /summarize (with the reading pool)`, value: of('newsdesk', 'process'), baseline: of('baseline', 'process'), unit: 'ms' });
  } finally {
    await bare.stop();
    await nd.stop();
  }
}

/**
 * BENCH_CPU_PROFILE=<prefix>: a CPU profile of each measured Newsdesk round alone (this process's main
 * thread: the app, the emulators and the sender), written to <prefix>-<round>.cpuprofile for bench/profile-top.ts.
 */
async function profileIfAsked(): Promise<{ stop(round: number): Promise<void> } | undefined> {
  const prefix = process.env.BENCH_CPU_PROFILE;
  if (!prefix) return undefined;
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(round) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(`${prefix}-${round}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    },
  };
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

import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { roadRepairArticle, russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsSite, newsSitePaths } from '../support/news-site.js';
import { OpenAIEmulator, taskOf } from '../support/openai-emulator.js';

const projectRoot = new URL('../../', import.meta.url).pathname;
const FIXTURE = 'test/fixtures/article-id-russia-diplomacy.txt';
/** Set but empty: no model, whatever a developer's .env says (dotenv never overrides a variable that is set). */
const NO_MODEL = { OPENAI_API_KEY: '', OPENAI_BASE_URL: '' };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line's entry, in this process: the same argument parsing, environment, standard
 * streams and exit code as `npm run newsdesk`, without a Node start per test.
 */
async function newsdesk(args: string[], env: Record<string, string> = NO_MODEL, stdin?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: { ...env },
    stdin: Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** The command line as a user runs it: a new process (npm run, or the compiled entry), with only the given environment (plus PATH). */
function newsdeskProcess(args: string[], env: Record<string, string>, viaNpm: boolean): Promise<Run> {
  const [command, prefix] = viaNpm ? ['npm', ['run', '--silent', 'newsdesk', '--']] : [process.execPath, ['dist/cli/index.js']];
  const child = spawn(command, [...prefix, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const json = (run: Run) => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('command line, offline engine (no model configured)', { timeout: 90_000 }, () => {
  it('summarizes a file through npm run, labelled offline, points taken from the article', async () => {
    const out = json(await newsdeskProcess(['summarize', '--json', FIXTURE], NO_MODEL, true));
    expect(out.headline).toBe('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina');
    expect(out.lede).toMatch(/^Rusia mengatakan akan melanjutkan upaya/);
    expect(out.points.length).toBeGreaterThanOrEqual(2);
    const text = russiaArticle().replace(/\s+/g, ' ');
    for (const point of out.points) expect(text).toContain(point);
    expect(out).toMatchObject({ language: 'id', engine: { kind: 'offline' } });
  });

  it('lists the quotes word for word with their speakers', async () => {
    const out = json(await newsdesk(['quotes', '--json', FIXTURE]));
    expect(out.quotes).toContainEqual(
      expect.objectContaining({ quote: 'Saya akan menyarankan untuk melanjutkan (diplomasi)', speaker: expect.stringContaining('Lavrov'), paragraph: 'P2' }),
    );
    for (const quote of out.quotes) expect(russiaArticle()).toContain(quote.quote);
    expect(out.withheld).toBe(0);
    expect(out.engine).toEqual({ kind: 'offline' });
  });

  it('lists the members of the public after the sources, marked in JSON and under a line of their own in text', async () => {
    const out = json(await newsdesk(['quotes', '--json', '-'], NO_MODEL, roadRepairArticle()));
    expect(out.quotes.map((q: { speaker: string; memberOfPublic: boolean }) => [q.speaker, q.memberOfPublic])).toEqual([
      ['Budi Santoso', false],
      ['Budi Santoso', false],
      ['Sari Wulandari', true],
      ['Joko Prasetyo', true],
    ]);
    const text = (await newsdesk(['quotes', '-'], NO_MODEL, roadRepairArticle())).stdout;
    const line = text.indexOf('Also quoted, members of the public:');
    expect(line).toBeGreaterThan(text.indexOf('“Banjir tahun lalu tidak boleh terulang”'));
    expect(line).toBeLessThan(text.indexOf('Sari Wulandari, pedagang sayur'));
    // Asked for one member of the public by name: their quotes, with no line saying "also".
    const sari = (await newsdesk(['quotes', '--speaker', 'Sari', '-'], NO_MODEL, roadRepairArticle())).stdout;
    expect(sari).toContain('“Pembeli mulai datang lagi sejak jalan diperbaiki”');
    expect(sari).not.toContain('Also quoted');
  });

  it('answers a question the article answers, citing the paragraph, and says so when it does not', async () => {
    const troops = json(await newsdesk(['ask', '--json', FIXTURE, 'How many troops has Russia placed near the border?']));
    expect(troops).toMatchObject({ found: true, citations: ['P6'] });
    expect(troops.answer).toContain('100.000 tentara');

    const football = json(await newsdesk(['ask', '--json', FIXTURE, 'Who won the football match last night?']));
    expect(football).toMatchObject({ found: false, answer: 'The article does not say.', citations: [] });
  });

  it('reads the article from standard input with -, and prints readable text without --json', async () => {
    const run = await newsdesk(['quotes', '-'], NO_MODEL, russiaArticle());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sergey Lavrov');
    expect(run.stdout).toContain('“Saya akan menyarankan untuk melanjutkan (diplomasi)”');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('Extracted from the article · Newsdesk · offline extractive engine · no model configured');
  });

  it('refuses to translate with no model: one line on stderr saying how to configure one, nothing on stdout', async () => {
    const run = await newsdesk(['translate', '--json', FIXTURE]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/needs a language model.*Set OPENAI_API_KEY.*OPENAI_BASE_URL.*in the environment or in \.env/);
    // There is no Newsdesk to restart on the command line: the next run picks the variables up.
    expect(run.stderr).not.toMatch(/restart/i);
    expect(run.stderr).toContain('run the command again');
  });

  it('quotes --speaker keeps that speaker\'s quotes only, as /quotes Blinken does in Slack', async () => {
    const all = json(await newsdesk(['quotes', '--json', FIXTURE]));
    expect(new Set(all.quotes.map((q: { speaker: string | null }) => q.speaker)).size).toBeGreaterThan(1);
    const blinken = json(await newsdesk(['quotes', '--json', '--speaker', 'Blinken', FIXTURE]));
    expect(blinken.speaker).toBe('Blinken');
    expect(blinken.quotes.length).toBeGreaterThan(0);
    expect(blinken.quotes).toEqual(all.quotes.filter((q: { speaker: string | null }) => q.speaker?.includes('Blinken')));
    expect(blinken.quotes).toContainEqual(expect.objectContaining({ quote: 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik', speaker: expect.stringContaining('Blinken') }));

    const text = await newsdesk(['quotes', '--speaker', 'Lavrov', FIXTURE]);
    expect(text.stdout).toContain('Sergey Lavrov');
    expect(text.stdout).not.toContain('Blinken');
    const nobody = await newsdesk(['quotes', '--speaker', 'Zelensky', FIXTURE]);
    expect(nobody.stdout).toMatch(/^No quotes from Zelensky in this article\./);

    const misplaced = await newsdesk(['summarize', '--speaker', 'Blinken', FIXTURE]);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toMatch(/^--speaker is for quotes/);
  });

  it('reads a link, on a private address only when URL_FETCH_ALLOW_PRIVATE allows it', async () => {
    const site = await startNewsSite();
    try {
      const url = `${site.url}${newsSitePaths.indonesianStory}`;
      const allowed = json(await newsdesk(['summarize', '--json', url], { ...NO_MODEL, URL_FETCH_ALLOW_PRIVATE: '1' }));
      expect(allowed.headline).toMatch(/Rusia Siap Lanjutkan Upaya Diplomasi/);
      const refused = await newsdesk(['summarize', '--json', url]);
      expect(refused.code).not.toBe(0);
      expect(refused.stdout).toBe('');
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await site.close();
    }
  });

  it('fails with one clear line and no output for a missing file or too short a text', async () => {
    const missing = await newsdesk(['summarize', 'no-such-article.txt']);
    expect(missing).toMatchObject({ stdout: '', stderr: 'Cannot read no-such-article.txt: no such file.\n' });
    expect(missing.code).not.toBe(0);

    const short = await newsdesk(['summarize', '-'], NO_MODEL, 'Breaking: mayor resigns.');
    expect(short.code).not.toBe(0);
    expect(short.stdout).toBe('');
    expect(short.stderr).toMatch(/^This looks too short to be an article[^\n]*\n$/);
  });

  it('shows the usage on stderr for a bad command line', async () => {
    const bad = [[], ['headline', FIXTURE], ['ask', FIXTURE], ['summarize', '--lang', 'klingon', FIXTURE], ['summarize', '--colour', FIXTURE]];
    const runs = await Promise.all(bad.map((args) => newsdesk(args)));
    for (const [i, run] of runs.entries()) {
      expect(run.code, bad[i]!.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: npm run --silent newsdesk --');
    }
  });
});

describe('command line with a model (OpenAI-compatible emulator)', { timeout: 90_000 }, () => {
  let openai: OpenAIEmulator;
  const withModel = () => ({ OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url, OPENAI_MODEL: 'cli-model' });
  afterEach(async () => {
    await openai.close();
  });

  it('summarizes with the model, in the language asked for', async () => {
    openai = await OpenAIEmulator.start();
    openai.respondWith(() => ({ json: russiaSummary }));
    const out = json(await newsdesk(['summarize', '--json', '--lang', 'English', FIXTURE], withModel()));
    expect(out).toMatchObject({ ...russiaSummary, language: 'en', notes: [], engine: { kind: 'llm', model: 'cli-model' } });
    expect(out.usage.promptTokens).toBeGreaterThan(0);
    expect(openai.requests).toHaveLength(1);
    expect(taskOf(openai.requests[0]!)).toBe('summary');
    expect(openai.requests[0]!.messages.at(-1)!.content).toMatch(/in English/);
  });

  it('answers from the offline engine, labelled with the reason, when the model fails', async () => {
    openai = await OpenAIEmulator.start();
    openai.respondWith(() => ({ status: 500 }));
    // A process of its own: the warning is the logger's, written to the process's stderr.
    const run = await newsdeskProcess(['ask', '--json', FIXTURE, 'How many troops has Russia placed near the border?'], withModel(), false);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ found: true, citations: ['P6'], engine: { kind: 'offline', fallbackReason: 'it answered HTTP 500' } });
    // The fallback is a warning for the operator, on stderr; stdout holds the JSON alone.
    expect(run.stderr).toMatch(/model failed on answer/);
  });

  it('translates with the model into English by default', async () => {
    openai = await OpenAIEmulator.start();
    const article = russiaArticle();
    openai.respondWith((request) => ({
      json: {
        headline: 'Russia Ready to Continue Diplomacy over the Ukraine Crisis',
        // The emulated model hands back each requested paragraph as it stands: the checks pass, the shape is what is tested.
        paragraphs: [...request.messages[1]!.content.matchAll(/^\[(P\d+)\] (.*)$/gm)].map(([, id, text]) => ({ id, text })),
      },
    }));
    const out = json(await newsdesk(['translate', '--json', FIXTURE], withModel()));
    expect(out).toMatchObject({ language: 'en', headline: 'Russia Ready to Continue Diplomacy over the Ukraine Crisis', untranslated: [] });
    expect(out.paragraphs.map((p: { id: string }) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8']);
    expect(article).toContain(out.paragraphs[1].text.slice(0, 40));
    expect(openai.requests[0]!.messages.at(-1)!.content).toMatch(/English/);
  });
});

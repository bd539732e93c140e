import { describe, expect, it } from 'vitest';
import type { Translation } from '../../../src/engines/schemas.js';
import { articleFromText } from '../../../src/article/article.js';
import type { Article } from '../../../src/article/article-types.js';
import { noUsage, type Engine, type TranslateRequest } from '../../../src/engines/engine.js';
import { NewsroomError } from '../../../src/errors.js';
import { parseGlossary } from '../../../src/translate/glossary.js';
import { translateArticle } from '../../../src/translate/translate.js';
import { openKeyv } from '../../../src/store/kv.js';
import { ThreadStore } from '../../../src/store/threads.js';
import { fixture, russiaArticle } from '../../support/fixtures.js';

const russia = articleFromText(russiaArticle());
const russiaEnglish: Translation = JSON.parse(fixture('translation-en-russia-diplomacy.json'));
const declaration = articleFromText(fixture('article-en-declaration.txt'));

type Answer = (request: TranslateRequest, call: number) => Translation;

/** An engine that answers translations from a script and records what it was asked and how many asks overlapped. */
function scriptedEngine(answer: Answer) {
  const notUsed = () => Promise.reject(new Error('not used in these tests'));
  const label = { kind: 'llm', model: 'scripted' } as const;
  const seen = { requests: [] as TranslateRequest[], maxInFlight: 0 };
  let inFlight = 0;
  const engine: Engine = {
    label,
    async translate(_article, request) {
      seen.requests.push(request);
      inFlight += 1;
      seen.maxInFlight = Math.max(seen.maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return { value: answer(request, seen.requests.length), engine: label, usage: { ...noUsage(), calls: 1 } };
    },
    summarize: notUsed,
    quotes: notUsed,
    ask: notUsed,
    headlines: notUsed,
    socialPost: notUsed,
  };
  return Object.assign(seen, { engine });
}

/** The answer for the asked paragraphs out of a full translation, each passed through `edit` (undefined drops it). */
const from = (full: Translation, edit: (id: string, text: string) => string | undefined = (_, text) => text): Answer => (request) => ({
  headline: full.headline,
  paragraphs: request.paragraphs.flatMap(({ id }) => {
    const source = full.paragraphs.find((p) => p.id === id);
    const text = source && edit(id, source.text);
    return text === undefined ? [] : [{ id, text }];
  }),
});

const echo = (article: Article): Translation => ({ headline: `(id) ${article.headline}`, paragraphs: article.paragraphs.map((p) => ({ id: p.id, text: `(id) ${p.text}` })) });
const deps = (scripted: { engine: Engine }, glossary = parseGlossary(''), concurrency?: number) => ({
  engine: scripted.engine,
  threads: new ThreadStore(openKeyv('memory:')),
  glossary,
  concurrency,
});

describe('translateArticle', () => {
  it('gives back one paragraph per source paragraph, same ids, same order, with the headline', async () => {
    const outcome = await translateArticle(deps(scriptedEngine(from(russiaEnglish))), 'T1', russia, 'en');
    expect(outcome.translation).toEqual(russiaEnglish);
    expect(outcome.notes).toEqual([]);
    expect(outcome.untranslated).toEqual([]);
  });

  it('keeps to the concurrency bound, and reports progress from 0 up to every paragraph', async () => {
    const engine = scriptedEngine(from(echo(declaration)));
    const reports: Array<[number, number]> = [];
    const outcome = await translateArticle(deps(engine, undefined, 2), 'T1', declaration, 'id', async (done, total) => {
      reports.push([done, total]);
    });
    expect(engine.requests.length).toBe(3);
    expect(engine.maxInFlight).toBe(2);
    expect(reports[0]).toEqual([0, 36]);
    expect(reports.at(-1)).toEqual([36, 36]);
    expect(reports.map(([done]) => done)).toEqual([...reports.map(([done]) => done)].sort((a, b) => a - b));
    expect(engine.requests.filter((r) => r.withHeadline)).toHaveLength(1);
    expect(outcome.translation.headline).toBe(`(id) ${declaration.headline}`);
    expect(outcome.translation.paragraphs.map((p) => p.id)).toEqual(declaration.paragraphs.map((p) => p.id));
  });

  it('reports no progress for an article done in one request', async () => {
    const reports: number[] = [];
    await translateArticle(deps(scriptedEngine(from(russiaEnglish))), 'T1', russia, 'en', async (done) => {
      reports.push(done);
    });
    expect(reports).toEqual([]);
  });

  it('asks again for a merged paragraph and the one it swallowed, and keeps the better answer', async () => {
    const merged = (id: string, text: string) =>
      id === 'P3' ? `${text} ${russiaEnglish.paragraphs[3]!.text}` : id === 'P4' ? undefined : text;
    const engine = scriptedEngine((request, call) => from(russiaEnglish, call === 1 ? merged : undefined)(request, call));
    const outcome = await translateArticle(deps(engine), 'T1', russia, 'en');
    expect(engine.requests[1]!.paragraphs.map((p) => p.id)).toEqual(['P3', 'P4']);
    expect(engine.requests[1]!.problems).toContain('P4: missing from the translation (merged into P3?)');
    expect(outcome.translation).toEqual(russiaEnglish);
  });

  it('keeps the first answer where the second is no better', async () => {
    const noName = (id: string, text: string) => (id === 'P7' ? text.replace('Olaf Scholz', 'the chancellor') : text);
    const worse = (id: string, text: string) => (id === 'P7' ? text.replace('Olaf Scholz', 'the chancellor').replace('Kyiv', 'the capital') : text);
    const engine = scriptedEngine((request, call) => from(russiaEnglish, call === 1 ? noName : worse)(request, call));
    const outcome = await translateArticle(deps(engine), 'T1', russia, 'en');
    expect(outcome.translation.paragraphs[6]!.text).toContain('the chancellor');
    expect(outcome.translation.paragraphs[6]!.text).toContain('Kyiv');
    expect(outcome.notes).toEqual(['P7: the name "Olaf Scholz" is not in the translation']);
  });

  it('shows a paragraph left out twice in the original, says so, and does not keep the result', async () => {
    const engine = scriptedEngine(from(russiaEnglish, (id, text) => (id === 'P8' ? undefined : text)));
    const d = deps(engine);
    const outcome = await translateArticle(d, 'T1', russia, 'en');
    expect(outcome.untranslated).toEqual(['P8']);
    expect(outcome.translation.paragraphs[7]).toEqual(russia.paragraphs[7]);
    expect(outcome.notes[0]).toMatch(/^P8 left untranslated/);
    await translateArticle(d, 'T1', russia, 'en');
    expect(engine.requests).toHaveLength(4);
  });

  it('reuses a stored translation for the same language and glossary, not for another glossary or language', async () => {
    const engine = scriptedEngine(from(russiaEnglish));
    const d = deps(engine, parseGlossary('Gedung Putih = White House'));
    await translateArticle(d, 'T1', russia, 'en');
    expect((await translateArticle(d, 'T1', russia, 'en')).cached).toBe(true);
    expect(engine.requests).toHaveLength(1);
    // An entry the article does not use changes nothing; one it uses does.
    await translateArticle({ ...d, glossary: parseGlossary('Gedung Putih = White House\nDewan Perwakilan Rakyat = House') }, 'T1', russia, 'en');
    expect(engine.requests).toHaveLength(1);
    await translateArticle({ ...d, glossary: parseGlossary('Gedung Putih = the White House') }, 'T1', russia, 'en');
    expect(engine.requests).toHaveLength(2);
  });

  it('gives the glossary entries the article uses to every request', async () => {
    const engine = scriptedEngine(from(russiaEnglish));
    await translateArticle(deps(engine, parseGlossary('Gedung Putih = White House\nKementerian Luar Negeri = Foreign Ministry')), 'T1', russia, 'en');
    expect(engine.requests[0]!.glossary).toEqual([{ source: 'Gedung Putih', target: 'White House' }]);
  });

  it('refuses to translate an article into its own language', async () => {
    await expect(translateArticle(deps(scriptedEngine(from(russiaEnglish))), 'T1', russia, 'id')).rejects.toThrow(NewsroomError);
  });
});

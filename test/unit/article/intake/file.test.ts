import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../../src/article/article.js';
import { NewsroomError } from '../../../../src/errors.js';
import { articleFromFile, assertReadableFile, MAX_FILE_BYTES } from '../../../../src/article/intake/file.js';
import { makeDocx, makePdf } from '../../../support/documents.js';
import { fixture, russiaArticle } from '../../../support/fixtures.js';

const HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';
const storyParagraphs = articleFromText(russiaArticle()).paragraphs.map((p) => p.text);
const texts = (article: { paragraphs: { text: string }[] }) => article.paragraphs.map((p) => p.text);

async function refusal(reading: Promise<unknown>): Promise<string> {
  const error = await reading.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(NewsroomError);
  return (error as Error).message;
}

describe('articleFromFile reads the supported types', () => {
  it('.txt: the scraped story, body once, with its headline', async () => {
    const article = await articleFromFile({ name: 'rusia.txt', bytes: Buffer.from(russiaArticle()) });
    expect(article.headline).toBe(HEADLINE);
    expect(texts(article)).toEqual(storyParagraphs);
    expect(article.source).toEqual({ kind: 'file', fileName: 'rusia.txt' });
  });

  it('.md: heading as headline, Markdown marks removed', async () => {
    const markdown = [`# ${HEADLINE}`, '', ...storyParagraphs.map((p, i) => (i === 1 ? `> **${p}**` : p)).join('\n\n').split('\n')].join('\n');
    const article = await articleFromFile({ name: 'rusia.md', bytes: Buffer.from(markdown) });
    expect(article.headline).toBe(HEADLINE);
    expect(texts(article)).toEqual(storyParagraphs);
  });

  it('.html: the story of a saved news page', async () => {
    const article = await articleFromFile({ name: 'halaman.html', bytes: Buffer.from(fixture('pages/id-rusia-diplomasi.html')) });
    expect(article.headline).toBe(HEADLINE);
    expect(texts(article).slice(1)).toEqual(storyParagraphs.slice(1));
    expect(article.source.siteName).toBe('Kabar Nusantara');
  });

  it('.pdf: paragraphs rebuilt from the wrapped lines', async () => {
    const article = await articleFromFile({ name: 'rusia.pdf', bytes: await makePdf([HEADLINE, ...storyParagraphs]) });
    expect(article.headline).toBe(HEADLINE);
    expect(texts(article)).toEqual(storyParagraphs);
  });

  it('.pdf: a paragraph running over a page end stays whole', async () => {
    const paragraphs = Array.from({ length: 4 }, () => storyParagraphs).flat().map((p, i) => `${i + 1}. ${p}`);
    const pdf = await makePdf(paragraphs);
    const article = await articleFromFile({ name: 'long.pdf', bytes: pdf });
    expect(texts(article)).toEqual(paragraphs);
  });

  it('.docx: one paragraph per Word paragraph', async () => {
    const article = await articleFromFile({ name: 'rusia.docx', bytes: await makeDocx([HEADLINE, ...storyParagraphs]) });
    expect(article.headline).toBe(HEADLINE);
    expect(texts(article)).toEqual(storyParagraphs);
  });

  it('uses the Slack mimetype when the name has no extension', async () => {
    const article = await articleFromFile({ name: 'rusia', mimetype: 'application/pdf', bytes: await makePdf([HEADLINE, ...storyParagraphs]) });
    expect(texts(article)).toEqual(storyParagraphs);
  });
});

describe('articleFromFile decodes text files', () => {
  const story = ['Renée Okafor reports from the café at the port gate.', ...storyParagraphs.slice(0, 2)].join('\n');

  it('reads Windows-1252 bytes when the file is not UTF-8', async () => {
    // 0x93 and 0x94 are Windows-1252's curly double quotes.
    const windows1252 = Buffer.from(`Renée said \x93we stay\x94 at the café.\n${storyParagraphs[1]}\n${storyParagraphs[2]}`, 'latin1');
    const article = await articleFromFile({ name: 'old.txt', bytes: windows1252 });
    expect(article.paragraphs[0]!.text).toBe('Renée said “we stay” at the café.');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]);
    const article = await articleFromFile({ name: 'export.txt', bytes: utf16 });
    expect(texts(article)).toEqual(story.split('\n'));
  });
});

describe('articleFromFile refuses what it cannot read', () => {
  it('names the supported types for an unsupported one', async () => {
    const message = await refusal(articleFromFile({ name: 'rusia.doc', mimetype: 'application/msword', bytes: Buffer.from('x') }));
    expect(message).toBe('Newsdesk cannot read .doc files. Send the article as .txt, .md, .html, .pdf or .docx, or paste the text.');
    expect(await refusal(articleFromFile({ name: 'foto', mimetype: 'image/jpeg', bytes: Buffer.from('x') }))).toMatch(/files of type image\/jpeg/);
  });

  it('says an empty file is empty', async () => {
    expect(await refusal(articleFromFile({ name: 'kosong.txt', bytes: Buffer.alloc(0) }))).toMatch(/^kosong\.txt is empty/);
  });

  it('refuses files over the size cap, also before download', async () => {
    const bytes = Buffer.alloc(MAX_FILE_BYTES + 1, 'a');
    expect(await refusal(articleFromFile({ name: 'besar.txt', bytes }))).toMatch(/reads files up to 10 MB/);
    expect(() => assertReadableFile({ name: 'besar.pdf', size: 25 * 1024 * 1024 })).toThrow('besar.pdf is 25 MB; Newsdesk reads files up to 10 MB');
    expect(() => assertReadableFile({ name: 'ok.pdf', size: 1024 })).not.toThrow();
  });

  it('says a PDF without a text layer has no text', async () => {
    expect(await refusal(articleFromFile({ name: 'scan.pdf', bytes: await makePdf(['']) }))).toMatch(/no text in it \(it may be a scanned image\)/);
  });

  it('says a damaged PDF or Word file could not be read', async () => {
    expect(await refusal(articleFromFile({ name: 'rusak.pdf', bytes: Buffer.from('%PDF-1.7 not really') }))).toMatch(/could not read that PDF/);
    expect(await refusal(articleFromFile({ name: 'rusak.docx', bytes: Buffer.from('not a zip') }))).toMatch(/could not read that Word file/);
  });

  it('gives the text checks\' messages for a file that holds no article', async () => {
    const code = Array.from({ length: 20 }, (_, i) => `export const value${i} = compute(items[${i}]);`).join('\n');
    expect(await refusal(articleFromFile({ name: 'notes.txt', bytes: Buffer.from(code) }))).toMatch(/program code/);
    expect(await refusal(articleFromFile({ name: 'notes.txt', bytes: Buffer.from('Rapat redaksi jam 10.') }))).toMatch(/too short/);
  });
});

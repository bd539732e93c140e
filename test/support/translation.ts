import { articleFromText } from '../../src/article/article.js';
import { fixture } from './fixtures.js';
import type { ChatRequest, Reply } from './openai-emulator.js';

export type Translated = { headline: string; paragraphs: Array<{ id: string; text: string }> };

export const declarationText = fixture('article-en-declaration.txt');
export const declaration = articleFromText(declarationText);

/** The paragraph ids a translation request asks for, from its task. */
export const idsAsked = (request: ChatRequest) => /Translate exactly these paragraphs: ([^.]+)\./.exec(request.messages.at(-1)!.content)![1]!.split(', ');

/** Answers each translation request with the given paragraphs, only those it asks for. */
export function translateFrom(source: Translated, edit: (p: { id: string; text: string }) => string | undefined = (p) => p.text) {
  return (request: ChatRequest): Reply => {
    const wanted = idsAsked(request);
    return {
      json: {
        headline: source.headline,
        paragraphs: source.paragraphs.filter((p) => wanted.includes(p.id)).flatMap((p) => {
          const text = edit(p);
          return text === undefined ? [] : [{ id: p.id, text }];
        }),
      },
    };
  };
}

/** An emulated "translation" of the long English article: the text marked and kept whole, `times` over. */
export const declarationInIndonesian = (times = 1): Translated => ({
  headline: 'Deklarasi bulat tiga belas negara bersatu Amerika',
  paragraphs: declaration.paragraphs.map((p) => ({ id: p.id, text: Array.from({ length: times }, () => `(id) ${p.text}`).join(' ') })),
});

import type { Article } from '../../article/article-types.js';
import type { SummaryOptions } from '../engine.js';
import type { Summary } from '../schemas.js';
import { articleSentences } from './sentences.js';
import { terms } from './terms.js';

const POINTS: Record<NonNullable<SummaryOptions['length']>, number> = { short: 3, normal: 4, long: 5 };
/** Sentences shorter than this are datelines, captions or fragments, not key points. */
const MIN_WORDS = 6;
/** Longer "sentences" are usually unpunctuated run-ons that read badly as a point. */
const MAX_WORDS = 70;
/** LexRank is quadratic, so only this many sentences (the most central to the whole text) enter the graph. */
const GRAPH_SIZE = 80;
const DAMPING = 0.85;
const ITERATIONS = 40;
/** News puts what matters first: how much a sentence's position counts against its centrality. */
const POSITION_WEIGHT = 0.2;
/** A candidate this similar to a chosen sentence says the same thing again. */
const MAX_OVERLAP = 0.5;
/** How far into the story the lede may be. */
const LEDE_WINDOW = 3;

type Vector = Map<string, number>;

interface Unit {
  text: string;
  order: number;
  paragraphIndex: number;
  vector: Vector;
  score: number;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  return dot === 0 ? 0 : dot / (norm(a) * norm(b));
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

function tfIdfVectors(texts: readonly string[]): Vector[] {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const documentFrequency = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return counts.map(
    (tf) => new Map([...tf].map(([term, n]) => [term, n * Math.log((texts.length + 1) / documentFrequency.get(term)!)])),
  );
}

/** Continuous LexRank (Erkan & Radev 2004): stationary distribution of a random walk on the cosine-similarity graph. */
function lexRank(vectors: readonly Vector[]): number[] {
  const n = vectors.length;
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const rowSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < ITERATIONS; step++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let i = 0; i < n; i++) {
      // A sentence similar to nothing spreads its rank evenly, as in PageRank's dangling nodes.
      if (rowSums[i] === 0) for (let j = 0; j < n; j++) next[j]! += (DAMPING * rank[i]!) / n;
      else for (let j = 0; j < n; j++) next[j]! += (DAMPING * rank[i]! * weights[i]![j]!) / rowSums[i]!;
    }
    rank = next;
  }
  return rank;
}

type Piece = Omit<Unit, 'vector' | 'score'>;

/** `text` cut into runs of `size` words, each a verbatim slice of it. */
function wordRuns(text: string, size: number): string[] {
  const words = [...text.matchAll(/\S+/g)];
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += size) {
    const last = words[Math.min(i + size, words.length) - 1]!;
    runs.push(text.slice(words[i]!.index, last.index + last[0].length));
  }
  return runs;
}

/**
 * The pieces a summary may quote: sentences of a readable length; for a story too short to offer enough of
 * them, every sentence, then clauses, then runs of words, so the summary is still the article's own words.
 */
function summaryUnits(article: Article, needed: number): Piece[] {
  const seen = new Set<string>();
  const sentences = articleSentences(article)
    .filter((s) => !seen.has(s.text) && seen.add(s.text))
    .map((s, order) => ({ text: s.text, order, paragraphIndex: s.paragraphIndex }));
  const readable = sentences.filter((s) => wordCount(s.text) >= MIN_WORDS && wordCount(s.text) <= MAX_WORDS);
  if (readable.length >= needed) return readable;
  if (sentences.length >= needed) return sentences;
  const splitEach = (split: (text: string) => string[]) =>
    sentences.flatMap((s) => split(s.text).map((text) => ({ ...s, text }))).map((s, order) => ({ ...s, order }));
  const clauses = splitEach((text) => text.split(/(?<=[,;:])\s+/));
  if (clauses.length >= needed) return clauses;
  const totalWords = sentences.reduce((sum, s) => sum + wordCount(s.text), 0);
  return splitEach((text) => wordRuns(text, Math.max(1, Math.floor(totalWords / needed))));
}

/** Ranks units by centrality blended with position, running LexRank on the most central few when there are many. */
function rank(units: readonly Piece[], paragraphCount: number): Unit[] {
  const vectors = tfIdfVectors(units.map((u) => u.text));
  const position = (u: Piece) => 1 - u.paragraphIndex / Math.max(paragraphCount, 1);
  let graph = units.map((unit, i) => ({ ...unit, vector: vectors[i]!, score: 0 }));
  if (graph.length > GRAPH_SIZE) {
    const centroid = new Map<string, number>();
    for (const vector of vectors) for (const [term, w] of vector) centroid.set(term, (centroid.get(term) ?? 0) + w);
    graph = graph
      .map((unit) => ({ unit, closeness: cosine(unit.vector, centroid) + POSITION_WEIGHT * position(unit) }))
      .sort((a, b) => b.closeness - a.closeness)
      .slice(0, GRAPH_SIZE)
      .map(({ unit }) => unit);
  }
  const centrality = lexRank(graph.map((u) => u.vector));
  const top = Math.max(...centrality);
  return graph.map((unit, i) => ({
    ...unit,
    score: (1 - POSITION_WEIGHT) * (centrality[i]! / top) + POSITION_WEIGHT * position(unit),
  }));
}

/**
 * An extractive summary: the article's headline, a lede from the top of the story and 3 to 5 key points,
 * each an article sentence verbatim, picked by LexRank centrality and position, without repeating one another.
 */
export function summarizeExtractive(article: Article, options: SummaryOptions = {}): Summary {
  const count = POINTS[options.length ?? 'normal'];
  const ranked = rank(summaryUnits(article, count + 1), article.paragraphs.length);
  const byOrder = [...ranked].sort((a, b) => a.order - b.order);
  const byScore = [...ranked].sort((a, b) => b.score - a.score || a.order - b.order);

  // The lede is the story's own opening (news is written top-down), unless that opens on a bare quote.
  const opening = byOrder.slice(0, LEDE_WINDOW);
  const lede = opening.find((unit) => !/^["“„]/.test(unit.text)) ?? opening[0]!;
  const chosen: Unit[] = [lede];
  // Best first, passing over what repeats a chosen point; first also over paragraphs already drawn on, so the
  // points cover the story rather than its busiest paragraph. Each pass relaxes the one before.
  const passes: ReadonlyArray<(unit: Unit) => boolean> = [
    (unit) => chosen.every((c) => c.paragraphIndex !== unit.paragraphIndex && cosine(c.vector, unit.vector) <= MAX_OVERLAP),
    (unit) => chosen.every((c) => cosine(c.vector, unit.vector) <= MAX_OVERLAP),
    () => true,
  ];
  for (const fits of passes) {
    for (const unit of byScore) {
      if (chosen.length > count) break;
      if (!chosen.includes(unit) && fits(unit)) chosen.push(unit);
    }
  }

  return {
    headline: article.headline || lede.text,
    lede: lede.text,
    points: chosen
      .slice(1)
      .sort((a, b) => a.order - b.order)
      .map((unit) => unit.text),
  };
}

import type { Engine, EngineLabel } from '../engines/engine.js';
import { wrapEngine } from '../engines/wrap-engine.js';

/**
 * The model engine, its answers labelled with the workspace's AI-draft wording. Offline answers
 * keep their own label: they are extracted from the article, not drafted by a model.
 */
export function disclosedAs(engine: Engine, wording: string | undefined): Engine {
  if (wording === undefined) return engine;
  const label = (of: EngineLabel): EngineLabel => (of.kind === 'llm' ? { ...of, disclosure: wording } : of);
  return wrapEngine(engine, label(engine.label), async (_useCase, run) => {
    const result = await run();
    return { ...result, engine: label(result.engine) };
  });
}

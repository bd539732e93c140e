import type { Engine, EngineLabel, EngineResult } from './engine.js';

type EngineMethod = Exclude<keyof Engine, 'label'>;

/** Each engine method by the name of its use-case, as the audit trail and messages say it. */
export const USE_CASES = {
  summarize: 'summary',
  quotes: 'quotes',
  translate: 'translation',
  ask: 'answer',
  headlines: 'headlines',
  socialPost: 'social post',
} as const satisfies Record<EngineMethod, string>;

export type UseCase = (typeof USE_CASES)[EngineMethod];

export type Around = <T>(useCase: UseCase, call: () => Promise<EngineResult<T>>) => Promise<EngineResult<T>>;

/** An engine that runs every call of `engine` through `around`, under the given label. */
export function wrapEngine(engine: Engine, label: EngineLabel, around: Around): Engine {
  const wrapped: Record<string, unknown> = { label };
  for (const [method, useCase] of Object.entries(USE_CASES) as Array<[EngineMethod, UseCase]>) {
    const call = engine[method] as (...args: unknown[]) => Promise<EngineResult<unknown>>;
    wrapped[method] = (...args: unknown[]) => around(useCase, () => call.apply(engine, args));
  }
  return wrapped as unknown as Engine;
}

import type { SignoffKind } from '../config.js';
import type { UseCase } from '../engines/wrap-engine.js';

/** The request kind each REQUIRE_SIGNOFF_FOR word holds back. */
const HELD_KINDS: Record<SignoffKind, UseCase> = { translation: 'translation', headlines: 'headlines', social: 'social post' };

/** Whether the newsroom wants this kind of copy-ready text out of sight until someone has checked it. */
export function mustHold(kind: UseCase, requireSignoffFor: readonly SignoffKind[]): boolean {
  return requireSignoffFor.some((word) => HELD_KINDS[word] === kind);
}

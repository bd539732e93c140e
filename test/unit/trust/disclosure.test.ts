import { describe, expect, it } from 'vitest';
import { disclosureOf } from '../../../src/engines/engine.js';
import { mustHold } from '../../../src/trust/hold.js';

describe('disclosure', () => {
  it("fills in the model, and names it even when a newsroom's wording leaves it out", () => {
    expect(disclosureOf({ kind: 'llm', model: 'gpt-4o-mini' })).toBe('AI draft · Newsdesk · model gpt-4o-mini · check before use');
    expect(disclosureOf({ kind: 'llm', model: 'llama3', disclosure: 'Draf AI, periksa sebelum terbit' })).toBe('Draf AI, periksa sebelum terbit · model llama3');
    expect(disclosureOf({ kind: 'offline', disclosure: 'ignored: nothing was drafted' })).toBe('Extracted from the article · Newsdesk · offline extractive engine');
  });

  it('holds exactly the kinds REQUIRE_SIGNOFF_FOR names', () => {
    expect(mustHold('translation', ['translation', 'social'])).toBe(true);
    expect(mustHold('social post', ['translation', 'social'])).toBe(true);
    expect(mustHold('headlines', ['translation', 'social'])).toBe(false);
    expect(mustHold('summary', ['translation', 'headlines', 'social'])).toBe(false);
  });
});

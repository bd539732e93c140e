import { createRequire } from 'node:module';

type O200k = typeof import('gpt-tokenizer/encoding/o200k_base');

// Article text is data: a literal "<|endoftext|>" in it is counted as plain text, never refused.
const asPlainText = { disallowedSpecial: new Set<string>() };

// The o200k tables take a while to load: loaded (synchronously, from the CommonJS build) on the
// first count, which the app's start-up warm-up makes before any request, not at import.
const require = createRequire(import.meta.url);
let o200k: O200k | undefined;

/** Tokens the text costs in the o200k encoding used by current OpenAI models. */
export function countTokens(text: string): number {
  o200k ??= require('gpt-tokenizer/cjs/encoding/o200k_base') as O200k;
  return o200k.countTokens(text, asPlainText);
}

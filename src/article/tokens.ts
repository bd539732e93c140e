import { countTokens as countO200kTokens } from 'gpt-tokenizer/encoding/o200k_base';

// Article text is data: a literal "<|endoftext|>" in it is counted as plain text, never refused.
const asPlainText = { disallowedSpecial: new Set<string>() };

/** Tokens the text costs in the o200k encoding used by current OpenAI models. */
export function countTokens(text: string): number {
  return countO200kTokens(text, asPlainText);
}

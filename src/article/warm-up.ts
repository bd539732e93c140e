import { loadHtmlReader, loadMammoth, loadPdfjs } from './intake/libraries.js';
import { countTokens } from './tokens.js';

/**
 * Loads what article intake loads lazily (the tokenizer, pdf.js, mammoth, the web page reader),
 * so that the first journalist to send a PDF or a link does not wait for it. Run after start-up.
 */
export async function warmUpIntake(): Promise<void> {
  // After start-up has said its lines and answered what was already waiting.
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all([loadPdfjs(), loadMammoth(), loadHtmlReader()]);
  // Synchronous (the tokenizer has no async load): last, so the imports above are not held up.
  countTokens('warm');
}

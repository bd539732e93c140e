import { loadHtmlReader, loadMammoth, loadPdfjs } from './intake/libraries.js';
import { countTokens } from './tokens.js';

/**
 * Loads what article intake loads lazily (the tokenizer, pdf.js, mammoth, the web page reader),
 * so that the first journalist to send a PDF or a link does not wait for it. Run after start-up.
 */
export async function warmUpIntake(): Promise<void> {
  countTokens('warm');
  await Promise.all([loadPdfjs(), loadMammoth(), loadHtmlReader()]);
}

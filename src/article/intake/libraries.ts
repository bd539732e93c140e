/**
 * The libraries only some articles need (PDF, Word, web pages), imported on first use rather than
 * when Newsdesk starts; start-up warms them (warmUpIntake) before a journalist's request would.
 * import() caches each module, so a second call costs nothing.
 */
export const loadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');
export const loadMammoth = async () => (await import('mammoth')).default;
export const loadHtmlReader = async () => {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  return { Readability, parseHTML };
};

import { Parser } from 'htmlparser2';
import { READING_LIMITS, TooLargeToReadError } from './reading-limits.js';

/**
 * Refuses a page nested deeper or holding more elements than READING_LIMITS allows, in one
 * streaming pass that builds no tree: building a DOM and running Readability on such a page
 * takes time that grows far faster than its size.
 */
export function assertHtmlWithinBounds(html: string): void {
  let depth = 0;
  let elements = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      elements++;
      if (depth > READING_LIMITS.htmlDepth) throw new TooLargeToReadError(`its elements are nested more than ${READING_LIMITS.htmlDepth} deep`);
      if (elements > READING_LIMITS.htmlElements) {
        throw new TooLargeToReadError(`it has more than ${READING_LIMITS.htmlElements.toLocaleString('en')} elements`);
      }
    },
    onclosetag() {
      depth--;
    },
  });
  parser.end(html);
}

import yauzl from 'yauzl';
import { describeBytes } from './byte-size.js';
import { TooLargeToReadError } from './reading-limits.js';

/**
 * Refuses a zip (a .docx) that would inflate past `maxBytes`: first by the sizes its directory
 * declares, then by the bytes each entry actually inflates to, counted as they come, so a zip
 * whose headers understate its sizes is stopped at the first chunk past what it declared.
 * Nothing inflated is kept. A file that is no zip at all throws yauzl's error.
 */
export async function assertZipWithinBounds(bytes: Buffer, maxBytes: number): Promise<void> {
  const tooLarge = () => new TooLargeToReadError(`it would unpack to more than ${describeBytes(maxBytes)}`);
  const zip = await yauzl.fromBufferPromise(bytes, { validateEntrySizes: false });
  try {
    let declared = 0;
    let inflated = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > maxBytes) throw tooLarge();
      let entryBytes = 0;
      for await (const chunk of await zip.openReadStreamPromise(entry)) {
        entryBytes += (chunk as Buffer).length;
        inflated += (chunk as Buffer).length;
        if (entryBytes > entry.uncompressedSize) throw new TooLargeToReadError('its parts unpack to more than the file declares');
        if (inflated > maxBytes) throw tooLarge();
      }
    }
  } finally {
    zip.close();
  }
}

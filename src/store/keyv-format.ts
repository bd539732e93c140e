import { defaultDeserialize, defaultSerialize } from '@keyv/serialize';

/**
 * keyv's own format for the stores that outlive the process (SQLite, Redis), written and read by
 * V8's JSON wherever that gives the same text. @keyv/serialize walks every value in JavaScript and
 * parses with a reviver, which cost about 0.4 ms of the acking thread per /summarize in the burst
 * bench's profile. Its format differs from plain JSON only for a string that starts with ":"
 * (stored as "::…") and a Buffer (":base64:…"); in JSON text both show as a quote opening a value
 * (at the start, or after ":", "[" or ",") followed by a colon. Text with that sign goes the library's way, so
 * values stored before still read as they were written. The sign may also come from inside a
 * string or from a key: such a value merely takes the slower way.
 */
const MAY_HOLD_A_COLON_STRING = /(?:^|[:[,])":/;

export function serializeForKeyv(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined || MAY_HOLD_A_COLON_STRING.test(json) || json.includes('"type":"Buffer"')) return defaultSerialize(data);
  return json;
}

export function deserializeFromKeyv<Value>(text: string): Value {
  return MAY_HOLD_A_COLON_STRING.test(text) ? defaultDeserialize<Value>(text) : (JSON.parse(text) as Value);
}

/**
 * Numbers and dates as two texts in different locales write them: "100.000", "100,000",
 * "100 000" and "100 ribu" are one number; "14/2/2022", "14 February 2022" and
 * "February 14, 2022" are one date. Each mention gets keys; two mentions agree when a key is shared.
 */

/** A number or a date as written, with the keys it must be found under. */
export interface Quantity {
  kind: 'number' | 'date';
  text: string;
  index: number;
  keys: string[];
  /** More keys under which it answers for others: a date for its day, month, year and its day without the year. */
  alsoKnownAs: string[];
}

const MONTHS: Record<string, number> = {
  january: 1, januari: 1, jan: 1,
  february: 2, februari: 2, feb: 2,
  march: 3, maret: 3, mar: 3,
  april: 4, apr: 4,
  may: 5, mei: 5,
  june: 6, juni: 6, jun: 6,
  july: 7, juli: 7, jul: 7,
  august: 8, agustus: 8, aug: 8, agu: 8, agt: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oktober: 10, oct: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, desember: 12, dec: 12, des: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const ORDINAL = '(?:st|nd|rd|th)?';

const DATE = new RegExp(
  [
    String.raw`(?<numericDay>\d{1,2})[/.-](?<numericMonth>\d{1,2})[/.-](?<numericYear>\d{4}|\d{2})`,
    String.raw`(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})`,
    String.raw`(?<day>\d{1,2})${ORDINAL}\s+(?:of\s+)?(?<month>${MONTH})\.?(?:,?\s+(?<year>\d{4}))?`,
    String.raw`(?<monthFirst>${MONTH})\.?\s+(?<dayAfter>\d{1,2})${ORDINAL}(?:,?\s+(?<yearAfter>\d{4}))?`,
  ]
    .map((form) => String.raw`(?<![\p{L}\p{N}])${form}(?![\p{L}\p{N}])`)
    .join('|'),
  'giu',
);

// A space groups digits only in whole thousands ("100 000"); "2022 100" is two numbers. Short scales
// count only glued to the number ("£2.5m"): "5 m" may be metres.
const NUMBER =
  /(?<![\p{L}\p{N}.,])(?<amount>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\p{N})|\d+(?:[.,]\d+)*)(?:\s?(?:%|persen\b|per\s?cent\b|percent\b))?(?<scale>(?:\s?(?:thousand|million|billion|trillion|ribu|juta|miliar|milyar|triliun)|k|m|bn|tn)\b)?/giu;

const SCALES: Record<string, number> = {
  thousand: 1e3, ribu: 1e3, k: 1e3,
  million: 1e6, juta: 1e6, m: 1e6,
  billion: 1e9, miliar: 1e9, milyar: 1e9, bn: 1e9,
  trillion: 1e12, triliun: 1e12, tn: 1e12,
};

/** The numbers and dates of the text, in order, and the text with them blanked out (so "February" is not read again as a name). */
export function quantitiesIn(text: string): { quantities: Quantity[]; rest: string } {
  const quantities: Quantity[] = [];
  const dates: RegExpMatchArray[] = [];
  for (const match of text.matchAll(DATE)) {
    const date = dateOf(match.groups!);
    if (!date) continue;
    quantities.push({ kind: 'date', text: match[0], index: match.index, ...date });
    dates.push(match);
  }
  const withoutDates = blanked(text, dates);
  const numbers: RegExpMatchArray[] = [];
  for (const match of withoutDates.matchAll(NUMBER)) {
    const value = amountOf(match.groups!.amount!);
    const scale = match.groups!.scale;
    const scaled = scale ? canonical(Number(value) * SCALES[scale.trim().toLowerCase()]!) : undefined;
    quantities.push({
      kind: 'number',
      text: match[0],
      index: match.index,
      keys: [`n:${scaled ?? value}`],
      alsoKnownAs: scaled ? [`n:${value}`] : [],
    });
    numbers.push(match);
  }
  quantities.sort((a, b) => a.index - b.index);
  return { quantities, rest: blanked(withoutDates, numbers) };
}

/**
 * The text with each match (in order, apart) overwritten by as many underscores, built in one pass: cut and
 * joined again at every match, a long article's string was copied whole once per number in it.
 */
function blanked(text: string, matches: readonly RegExpMatchArray[]): string {
  if (matches.length === 0) return text;
  let result = '';
  let from = 0;
  for (const match of matches) {
    result += text.slice(from, match.index) + '_'.repeat(match[0].length);
    from = match.index! + match[0].length;
  }
  return result + text.slice(from);
}

/** Every key under which the text mentions a number or a date. */
export function quantityKeys(text: string): Set<string> {
  return new Set(quantitiesIn(text).quantities.flatMap((quantity) => [...quantity.keys, ...quantity.alsoKnownAs]));
}

const canonical = (value: number): string => String(Number(value.toPrecision(12)));

/** "100.000" and "100,000" are 100000; "2,5" and "2.5" are 2.5; "0.125" stays a fraction. */
function amountOf(written: string): string {
  const digits = written
    .replace(/[ \u00A0\u202F]/g, '')
    // A separator before exactly three digits groups thousands.
    .replace(/(?<!^0)[.,](?=\d{3}(?:[.,]|$))/g, '');
  // Still more than one separator: a code or a version number, compared digit for digit.
  if ((digits.match(/[.,]/g) ?? []).length > 1) return digits.replace(/[.,]/g, '');
  return canonical(Number(digits.replace(',', '.')));
}

function dateOf(groups: Record<string, string | undefined>): Pick<Quantity, 'keys' | 'alsoKnownAs'> | undefined {
  const year = groups.numericYear ?? groups.isoYear ?? groups.year ?? groups.yearAfter;
  const fullYear = year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
  const monthName = groups.month ?? groups.monthFirst;
  // 4/2/2022 is 4 February in most of the world and April 2 in the United States: both stay possible.
  const readings: Array<[day: number, month: number]> = monthName
    ? [[Number(groups.day ?? groups.dayAfter), MONTHS[monthName.toLowerCase()]!]]
    : groups.isoYear
      ? [[Number(groups.isoDay), Number(groups.isoMonth)]]
      : [
          [Number(groups.numericDay), Number(groups.numericMonth)],
          [Number(groups.numericMonth), Number(groups.numericDay)],
        ];
  const valid = readings.filter(([day, month]) => day >= 1 && day <= 31 && month >= 1 && month <= 12);
  if (valid.length === 0) return undefined;
  const monthDay = ([day, month]: [number, number]) => `md:${month}-${day}`;
  return {
    keys: valid.map((reading) => (fullYear === undefined ? monthDay(reading) : `d:${fullYear}-${monthDay(reading).slice(3)}`)),
    alsoKnownAs: [
      ...valid.map(monthDay),
      ...valid.flatMap(([day, month]) => [`n:${day}`, ...(monthName ? [] : [`n:${month}`])]),
      ...(fullYear === undefined ? [] : [`n:${year}`, `n:${fullYear}`]),
    ],
  };
}

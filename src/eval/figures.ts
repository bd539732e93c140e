/** Small statistics for the eval's printed figures. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);

/** A share as "0.734 (282/384)". */
export const share = (count: number, total: number): string => `${(total === 0 ? 0 : count / total).toFixed(3)} (${count}/${total})`;

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

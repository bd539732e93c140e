/** A size as a journalist reads it: "10 MB", "2.5 MB", "512 KB", "300 bytes". */
export function describeBytes(bytes: number): string {
  const units: ReadonlyArray<[string, number]> = [
    ['MB', 1024 * 1024],
    ['KB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

// When each answer was read from the API, for the pages' "数据截至 hh:mm". Keyed by the answer's data
// object: urql's cache hands the same object back on a hit, so a page shown from the cache says when
// its numbers were actually read, not when it was opened.
const readAt = new WeakMap<object, Date>();

/** Called for every answer that comes from the network (client.ts, between the cache and fetch). */
export function noteRead(data: unknown, at: Date = new Date()): void {
  if (data && typeof data === 'object' && !readAt.has(data)) readAt.set(data, at);
}

/** The earliest read time among a page's answers (null: none arrived yet). */
export function earliestRead(answers: readonly unknown[]): Date | null {
  let first: Date | null = null;
  for (const a of answers) {
    const at = a && typeof a === 'object' ? readAt.get(a) : undefined;
    if (at && (!first || at < first)) first = at;
  }
  return first;
}

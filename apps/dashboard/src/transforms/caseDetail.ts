/**
 * The readable lines of an event's payload (reason, note, instruction text, parties and decisions of a
 * meeting …), in a stable order; unknown keys follow as "key: value" so nothing recorded is hidden.
 */
export function eventDetails(payload: Record<string, unknown> | null | undefined): string[] {
  if (!payload) return [];
  const out: string[] = [];
  const text = (v: unknown): string | null => {
    if (v === null || v === undefined || v === '') return null;
    if (Array.isArray(v)) return v.map(String).join('、');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const known = ['text', 'reason', 'note', 'parties', 'decisions'];
  for (const key of known) {
    const v = text(payload[key]);
    if (v) out.push(v);
  }
  for (const [key, value] of Object.entries(payload)) {
    if (known.includes(key)) continue;
    const v = text(value);
    if (v) out.push(`${key}: ${v}`);
  }
  return out;
}

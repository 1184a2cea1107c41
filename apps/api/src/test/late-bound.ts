// A suite fixture is called while its describe block is declared, long before its beforeAll has started
// the API: its test file destructures the helpers at once and reads the values beforeAll sets later.

/**
 * `helpers`, plus a getter for each key of `read()`'s answer that reads it again when a test asks:
 * `lateBound(() => ({ api, malian }), { ask })`. Call it after the variables `read` names are declared.
 */
export function lateBound<T extends object, H extends object>(read: () => T, helpers: H): T & H {
  const suite = { ...helpers } as T & H;
  for (const key of Object.keys(read()) as (keyof T)[]) {
    Object.defineProperty(suite, key, { get: () => read()[key], enumerable: true });
  }
  return suite;
}

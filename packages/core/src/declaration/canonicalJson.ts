import canonicalize from 'canonicalize';

/**
 * Serialises a JSON value the RFC 8785 way (JSON Canonicalization Scheme): sorted keys, no
 * whitespace, ECMAScript number formatting, so the same data always gives the same bytes.
 * @throws {TypeError} for values JSON cannot represent: `undefined`, functions, `NaN`, `Infinity`,
 * lone surrogates, circular references.
 * @example canonicalJson({ b: 1, a: 'ب' }) // '{"a":"ب","b":1}'
 */
export function canonicalJson(value: unknown): string {
  let result: string | undefined;
  try {
    result = canonicalize(value);
  } catch (error) {
    throw new TypeError(`Not canonicalisable as JSON: ${(error as Error).message}`);
  }
  if (result === undefined) throw new TypeError('Not canonicalisable as JSON: undefined');
  return result;
}

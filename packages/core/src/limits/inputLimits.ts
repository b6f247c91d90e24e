/**
 * Bounds on any JSON value a backend accepts, checked before a schema looks at it: they keep the work per
 * request small whatever the body holds. Each schema has its own, tighter limits on top.
 */
export interface InputLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Arrays, objects and values in all. */
  maxNodes: number;
  /** Entries of one object (keys) or one array. */
  maxEntries: number;
  /** Characters of one string or key. */
  maxStringLength: number;
}

/** The limits the reference server applies to every JSON body: generous for real forms, small for a machine. */
export const INPUT_LIMITS: InputLimits = {
  maxDepth: 16,
  maxNodes: 250_000,
  maxEntries: 10_000,
  maxStringLength: 20_000,
};

/** Why a value broke {@link checkInputLimits}. */
export type InputProblem =
  | 'too_deep'
  | 'too_many_nodes'
  | 'too_many_entries'
  | 'string_too_long'
  | 'bad_text';

// U+0000 cannot be stored in a PostgreSQL text or jsonb value, and an unpaired surrogate is not text at all;
// refusing both for every store keeps SQLite and PostgreSQL answering alike.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badText(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

/**
 * Walks a parsed JSON value once (iteratively, so no input can overflow the stack) and returns the first
 * limit it breaks, or null. Strings with NUL or unpaired surrogates are refused anywhere, keys included.
 * @example checkInputLimits(JSON.parse(body)) // null, or 'too_deep', …
 */
export function checkInputLimits(value: unknown, limits: InputLimits = INPUT_LIMITS): InputProblem | null {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++nodes > limits.maxNodes) return 'too_many_nodes';
    if (typeof node === 'string') {
      if (node.length > limits.maxStringLength) return 'string_too_long';
      if (badText(node)) return 'bad_text';
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limits.maxDepth) return 'too_deep';
    if (Array.isArray(node)) {
      if (node.length > limits.maxEntries) return 'too_many_entries';
      for (const item of node) stack.push([item, depth + 1]);
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length > limits.maxEntries) return 'too_many_entries';
    for (const key of keys) {
      if (key.length > limits.maxStringLength) return 'string_too_long';
      if (badText(key)) return 'bad_text';
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

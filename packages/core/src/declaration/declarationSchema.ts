import * as z from 'zod/mini';
import { LOCALES } from '../i18n/locale';
import { addIssue, text } from '../schemas/fields';
import { drawnSignatureProblem } from './signature';

const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const finite = z.number().check(z.refine(Number.isFinite));
/** Most points of one drawn signature (all strokes); a long, slow signature has about a thousand. */
export const MAX_SIGNATURE_POINTS = 5_000;
/** Most strokes of one drawn signature. */
export const MAX_SIGNATURE_STROKES = 300;

const pointSchema = z.strictObject({ x: finite, y: finite, t: finite, pressure: z.optional(finite) });

function pointCount(strokes: readonly unknown[]): number {
  let count = 0;
  for (const stroke of strokes) {
    const points = (stroke as { points?: unknown } | null)?.points;
    count += Array.isArray(points) ? points.length : 0;
  }
  return count;
}

// The counts are checked on the raw arrays before any point is parsed, so an oversized signature costs
// one pass over the strokes and yields one issue, whatever it holds.
const strokesSchema = z.pipe(
  z.array(z.unknown()).check(
    z.maxLength(MAX_SIGNATURE_STROKES),
    z.refine((strokes) => pointCount(strokes) <= MAX_SIGNATURE_POINTS, {
      params: { mord: 'too_many_items', max: MAX_SIGNATURE_POINTS },
    }),
  ),
  z.array(
    z.strictObject({
      points: z.array(pointSchema).check(z.minLength(1), z.maxLength(MAX_SIGNATURE_POINTS)),
    }),
  ),
);

/** The signature methods: drawn with a pointer, or the name typed as a keyboard-accessible alternative. */
export const SIGNATURE_METHODS = ['drawn', 'typed'] as const;

/**
 * A signed declaration record: which text (id, version, the exact text and its SHA-256) in which locale,
 * who signed, how (drawn strokes as points, never only an image; or typed), when, and the digest of
 * the data signed for.
 */
export const declarationSchema = z
  .strictObject({
    textId: z.string().check(z.minLength(1), z.maxLength(64)),
    textVersion: z.string().check(z.minLength(1), z.maxLength(32)),
    text: z.string().check(z.minLength(1), z.maxLength(5000)),
    textSha256: hex64,
    locale: z.enum(LOCALES as ['ar', 'en']),
    signerName: text(200, 2),
    method: z.enum(SIGNATURE_METHODS),
    strokes: z.optional(strokesSchema),
    box: z.optional(
      z.strictObject({ width: finite.check(z.positive()), height: finite.check(z.positive()) }),
    ),
    signedAt: z.iso.datetime(),
    submissionDigest: hex64,
  })
  .check(
    z.superRefine((record, ctx) => {
      // Only a record whose parts are all valid is measured: never points that failed their own checks.
      if (record.method === 'typed' || ctx.issues.length > 0) return;
      const problem = drawnSignatureProblem(record.strokes, record.box);
      if (problem) addIssue(ctx, `signature.${problem}`, { path: ['strokes'] });
    }),
  );

/** A signed declaration record. */
export type DeclarationRecord = z.output<typeof declarationSchema>;

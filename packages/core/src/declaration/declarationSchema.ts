import * as z from 'zod/mini';
import { LOCALES } from '../i18n/locale';
import { addIssue, text } from '../schemas/fields';
import { isSignatureSubstantial } from './signature';

const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const finite = z.number().check(z.refine(Number.isFinite));
const MAX_POINTS = 10_000;

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
    strokes: z.optional(
      z
        .array(
          z.strictObject({
            points: z
              .array(z.strictObject({ x: finite, y: finite, t: finite, pressure: z.optional(finite) }))
              .check(z.minLength(1)),
          }),
        )
        .check(z.maxLength(500)),
    ),
    box: z.optional(
      z.strictObject({ width: finite.check(z.positive()), height: finite.check(z.positive()) }),
    ),
    signedAt: z.iso.datetime(),
    submissionDigest: hex64,
  })
  .check(
    z.superRefine((record, ctx) => {
      if (record.method === 'typed') return;
      const strokes = record.strokes ?? [];
      if (strokes.length === 0 || !record.box) {
        addIssue(ctx, 'signature.missing', { path: ['strokes'] });
        return;
      }
      if (strokes.reduce((n, s) => n + s.points.length, 0) > MAX_POINTS) {
        addIssue(ctx, 'too_many_items', { path: ['strokes'], params: { max: MAX_POINTS } });
      } else if (!isSignatureSubstantial(strokes, record.box)) {
        addIssue(ctx, 'signature.too_small', { path: ['strokes'] });
      }
    }),
  );

/** A signed declaration record. */
export type DeclarationRecord = z.output<typeof declarationSchema>;

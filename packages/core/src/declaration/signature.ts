/** One sampled point of a drawn stroke, in CSS pixels of the signing box; `t` is milliseconds since epoch. */
export interface SignaturePoint {
  x: number;
  y: number;
  t: number;
  pressure?: number;
}

/** One continuous pen stroke. */
export interface SignatureStroke {
  points: SignaturePoint[];
}

/** The size of the box the strokes were drawn in, so they can be scaled when redrawn elsewhere. */
export interface SignatureBox {
  width: number;
  height: number;
}

/** Least path length of a drawn signature, as a share of the box width. */
const MIN_PATH_SHARE = 0.25;
/** Least extent of a drawn signature, as a share of the box width or height. */
const MIN_EXTENT_SHARE = 0.1;
const MIN_POINTS = 5;

/**
 * Whether drawn strokes amount to a signature rather than a dot or a tiny scribble: enough points, a
 * path at least a quarter of the box wide, and an extent of at least a tenth of the box.
 */
export function isSignatureSubstantial(strokes: readonly SignatureStroke[], box: SignatureBox): boolean {
  const points = strokes.flatMap((stroke) => stroke.points);
  if (points.length < MIN_POINTS || box.width <= 0 || box.height <= 0) return false;
  let length = 0;
  for (const stroke of strokes) {
    for (let i = 1; i < stroke.points.length; i++) {
      const a = stroke.points[i - 1]!;
      const b = stroke.points[i]!;
      length += Math.hypot(b.x - a.x, b.y - a.y);
    }
  }
  // A loop, not Math.max(...xs): spreading a large array overflows the stack.
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  return (
    length >= box.width * MIN_PATH_SHARE &&
    (width >= box.width * MIN_EXTENT_SHARE || height >= box.height * MIN_EXTENT_SHARE)
  );
}

/** Scales strokes drawn in one box to another (after a resize or rotation), keeping their shape. */
export function scaleStrokes(
  strokes: readonly SignatureStroke[],
  from: SignatureBox,
  to: SignatureBox,
): SignatureStroke[] {
  const scale = Math.min(to.width / from.width, to.height / from.height);
  return strokes.map((stroke) => ({
    points: stroke.points.map((p) => ({ ...p, x: p.x * scale, y: p.y * scale })),
  }));
}

/** Why drawn strokes are not a signature: none, or too small to be one; null when they are. */
export function drawnSignatureProblem(
  strokes: readonly SignatureStroke[] | undefined,
  box: SignatureBox | undefined,
): 'missing' | 'too_small' | null {
  if (!strokes?.length || !box) return 'missing';
  return isSignatureSubstantial(strokes, box) ? null : 'too_small';
}

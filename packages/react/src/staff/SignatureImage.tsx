import type { SignatureBox, SignatureStroke } from '@mord/core';

/** Draws stored signature strokes as SVG (no canvas, no image file): what staff see when reviewing. */
export function SignatureImage(props: { strokes: SignatureStroke[]; box: SignatureBox; label: string }) {
  return (
    <svg
      className="mord-signature-image"
      viewBox={`0 0 ${props.box.width} ${props.box.height}`}
      role="img"
      aria-label={props.label}
      direction="ltr"
    >
      {props.strokes.map((stroke, index) => (
        <polyline
          // biome-ignore lint/suspicious/noArrayIndexKey: strokes never reorder
          key={index}
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
          points={stroke.points.map((p) => `${p.x},${p.y}`).join(' ')}
        />
      ))}
    </svg>
  );
}

import { type SignatureBox, type SignatureStroke, scaleStrokes } from '@mord/core';
import { useEffect, useRef } from 'react';
import SignaturePadLib, { type PointGroup } from 'signature_pad';
import { useMessages } from '../i18n/useMessages';

/** A drawn signature: the strokes as points, and the box they were drawn in. */
export interface DrawnSignature {
  strokes: SignatureStroke[];
  box: SignatureBox;
}

/** Props of {@link SignaturePad}. */
export interface SignaturePadProps {
  value: DrawnSignature | null;
  onChange: (value: DrawnSignature | null) => void;
  /** Id of the element describing the pad (instructions or an error). */
  describedBy?: string;
  invalid?: boolean;
}

function toStrokes(groups: PointGroup[]): SignatureStroke[] {
  return groups.map((group) => ({
    points: group.points.map((p) => ({
      x: Math.round(p.x * 10) / 10,
      y: Math.round(p.y * 10) / 10,
      t: p.time,
      pressure: p.pressure,
    })),
  }));
}

function toGroups(strokes: SignatureStroke[], pen: string): PointGroup[] {
  return strokes.map((stroke) => ({
    penColor: pen,
    dotSize: 0,
    minWidth: 0.8,
    maxWidth: 2.6,
    velocityFilterWeight: 0.7,
    compositeOperation: 'source-over',
    points: stroke.points.map((p) => ({ x: p.x, y: p.y, time: p.t, pressure: p.pressure ?? 0.5 })),
  }));
}

/**
 * A signature drawn with a finger, pen or mouse (signature_pad). The strokes are the record — never only
 * an image — and are redrawn, scaled, whenever the box is resized or the phone rotated, so nothing is lost.
 */
export function SignaturePad(props: SignaturePadProps) {
  const { t } = useMessages();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const valueRef = useRef(props.value);
  valueRef.current = props.value;
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    const canvas = canvasRef.current;
    // No 2D context (canvas blocked by a privacy setting, or a DOM without canvas): typing the name still works.
    if (!canvas?.getContext('2d')) return;
    const pen = getComputedStyle(canvas).color || '#1b1b1f';
    const pad = new SignaturePadLib(canvas, { penColor: pen, minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;

    function box(): SignatureBox {
      const rect = canvas!.getBoundingClientRect();
      return { width: Math.max(1, Math.round(rect.width)), height: Math.max(1, Math.round(rect.height)) };
    }
    function fit() {
      const size = box();
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas!.width = size.width * ratio;
      canvas!.height = size.height * ratio;
      canvas!.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      const current = valueRef.current;
      if (current && current.strokes.length > 0) {
        // Redraw from the stored strokes, scaled into the new box: resizing never loses the signature.
        const scaled = scaleStrokes(current.strokes, current.box, size);
        pad.fromData(toGroups(scaled, pen));
        if (current.box.width !== size.width || current.box.height !== size.height) {
          onChange.current({ strokes: scaled, box: size });
        }
      }
    }
    const onEnd = () => onChange.current({ strokes: toStrokes(pad.toData()), box: box() });
    pad.addEventListener('endStroke', onEnd);
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fit());
    observer?.observe(canvas);
    return () => {
      observer?.disconnect();
      pad.removeEventListener('endStroke', onEnd);
      pad.off();
    };
  }, []);

  return (
    <div className="mord-signature">
      <canvas
        ref={canvasRef}
        className="mord-signature-canvas"
        role="img"
        aria-label={t('declaration.pad')}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        data-strokes={props.value?.strokes.length ?? 0}
      />
      <button
        type="button"
        className="mord-button mord-button-quiet"
        onClick={() => {
          padRef.current?.clear();
          props.onChange(null);
        }}
      >
        {t('declaration.clear')}
      </button>
    </div>
  );
}

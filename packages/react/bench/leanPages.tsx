// Bench pages: the same form of N fields built from Mord field components alone and from bare
// react-hook-form + zod. Imported from the published entry points, as an integrator would.
import { zodResolver } from '@hookform/resolvers/zod';
import { createErrorMap, text } from '@mord/core';
import { MordFormProvider, MordProvider, RatingField, TextField, useMordForm } from '@mord/react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';

/** Which page a build carries: one of them for the size builds, both for the timing build. */
declare const VARIANT: 'mord' | 'bare' | 'both';
type Variant = 'mord' | 'bare';

const fieldsOf = (count: number) => Array.from({ length: count }, (_, i) => `f${i}`);
const schemaOf = (names: string[]) =>
  z.object(
    Object.fromEntries(
      names.map((name, i) => [
        name,
        i === names.length - 1 ? z.coerce.number().check(z.int(), z.minimum(1), z.maximum(5)) : text(100),
      ]),
    ),
  );

function MordPage(props: { names: string[] }) {
  return (
    <MordProvider>
      <MordForm names={props.names} />
    </MordProvider>
  );
}

function MordForm(props: { names: string[] }) {
  const form = useMordForm(schemaOf(props.names), Object.fromEntries(props.names.map((n) => [n, ''])));
  const last = props.names.length - 1;
  return (
    <MordFormProvider form={form}>
      <form noValidate onSubmit={form.handleSubmit(() => undefined)}>
        {props.names.map((name, i) =>
          i === last ? (
            <RatingField key={name} name={name} label={name} required />
          ) : (
            <TextField key={name} name={name} label={name} required />
          ),
        )}
        <button type="submit">Send</button>
      </form>
    </MordFormProvider>
  );
}

/** The same form by hand: the same labels, required markers, error wiring and Arabic-Indic digits. */
function BarePage(props: { names: string[] }) {
  const { register, handleSubmit, formState } = useForm({
    defaultValues: Object.fromEntries(props.names.map((n) => [n, ''])),
    resolver: zodResolver(schemaOf(props.names) as never, { error: createErrorMap('ar') }) as never,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
  const digits = new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false });
  const last = props.names.length - 1;
  return (
    <div lang="ar" dir="rtl">
      <form noValidate onSubmit={handleSubmit(() => undefined)}>
        {props.names.map((name, i) => {
          const error = formState.errors[name]?.message;
          const errorId = error ? `${name}-error` : undefined;
          return i === last ? (
            <fieldset key={name} aria-describedby={errorId} aria-invalid={error ? true : undefined}>
              <legend>{name}</legend>
              {[1, 2, 3, 4, 5].map((value) => (
                <label key={value}>
                  <input type="radio" value={value} {...register(name)} />
                  <span>{digits.format(value)}</span>
                </label>
              ))}
              {error ? <p id={errorId}>{String(error)}</p> : null}
            </fieldset>
          ) : (
            <div key={name}>
              <label htmlFor={name}>{name}</label>
              <input
                id={name}
                dir="auto"
                aria-required
                aria-invalid={error ? true : undefined}
                aria-describedby={errorId}
                autoComplete="off"
                {...register(name)}
              />
              {error ? <p id={errorId}>{String(error)}</p> : null}
            </div>
          );
        })}
        <button type="submit">Send</button>
      </form>
    </div>
  );
}

const host = document.getElementById('root')!;
let root: Root | null = null;
const collectGarbage = () => (window as { gc?: () => void }).gc?.();

const page = (variant: Variant, names: string[]) =>
  VARIANT === 'mord' || (VARIANT === 'both' && variant === 'mord') ? (
    <MordPage names={names} />
  ) : (
    <BarePage names={names} />
  );

function mountOnce(variant: Variant, names: string[]): number {
  root?.unmount();
  host.replaceChildren();
  root = createRoot(host);
  collectGarbage();
  const start = performance.now();
  flushSync(() => root!.render(page(variant, names)));
  return performance.now() - start;
}

/**
 * Mean times to mount each page `times` times, the two interleaved in one tab (same heap, same compiled
 * code), so drift of the machine falls on both alike. Small pages take a few ms: one sample is timer noise.
 */
function mount(count: number, times = 1): Record<Variant, number> {
  const names = fieldsOf(count);
  const total = { mord: 0, bare: 0 };
  for (let i = 0; i < times; i++) {
    for (const variant of i % 2 ? (['mord', 'bare'] as const) : (['bare', 'mord'] as const))
      total[variant] += mountOnce(variant, names);
  }
  return { mord: total.mord / times, bare: total.bare / times };
}

/** Mean time per keystroke in the first field of each 20-field page, interleaved by batches of ten. */
function typing(keys: number): Record<Variant, number> {
  const names = fieldsOf(20);
  const total = { mord: 0, bare: 0 };
  for (let batch = 0; batch < keys / 10; batch++) {
    for (const variant of batch % 2 ? (['mord', 'bare'] as const) : (['bare', 'mord'] as const)) {
      mountOnce(variant, names);
      host.querySelector<HTMLInputElement>('input')!.focus();
      collectGarbage();
      const start = performance.now();
      for (let i = 0; i < 10; i++) document.execCommand('insertText', false, 'ن');
      total[variant] += performance.now() - start;
    }
  }
  return { mord: total.mord / keys, bare: total.bare / keys };
}

Object.assign(window, { bench: { mount, typing } });
document.title = 'ready';

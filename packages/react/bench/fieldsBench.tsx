// Bench page: the same 300-field form built from Mord field components and from bare react-hook-form.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  amountSchema,
  createErrorMap,
  createMemoryAdapter,
  mobileSchema,
  REGIONS,
  saudiIdSchema,
  text,
} from '@mord/core';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { MordFormProvider } from '../src/forms/MordFormProvider';
import {
  MobileField,
  MoneyField,
  MordProvider,
  SaudiIdField,
  SelectField,
  TextField,
  useMordForm,
} from '../src/index';

type Kind = 'text' | 'mobile' | 'money' | 'select' | 'id';
const KINDS: Kind[] = ['text', 'text', 'mobile', 'money', 'select', 'id'];
const FIELDS = Array.from({ length: 300 }, (_, i) => ({ name: `f${i}`, kind: KINDS[i % KINDS.length]! }));
const regionIds = REGIONS.map((r) => r.id) as [string, ...string[]];
const schemaFor = (kind: Kind) =>
  kind === 'text'
    ? text(100)
    : kind === 'mobile'
      ? mobileSchema
      : kind === 'money'
        ? amountSchema()
        : kind === 'select'
          ? z.enum(regionIds)
          : saudiIdSchema;
const schema = z.object(Object.fromEntries(FIELDS.map((f) => [f.name, schemaFor(f.kind)])));
const defaults = Object.fromEntries(FIELDS.map((f) => [f.name, '']));
const backend = createMemoryAdapter();

function MordForm() {
  const form = useMordForm(schema, defaults);
  return (
    <MordFormProvider form={form}>
      <form noValidate onSubmit={form.handleSubmit(() => undefined)}>
        {FIELDS.map(({ name, kind }) =>
          kind === 'mobile' ? (
            <MobileField key={name} name={name} label={name} required />
          ) : kind === 'money' ? (
            <MoneyField key={name} name={name} label={name} required />
          ) : kind === 'select' ? (
            <SelectField key={name} name={name} label={name} options={REGIONS} required />
          ) : kind === 'id' ? (
            <SaudiIdField key={name} name={name} label={name} required />
          ) : (
            <TextField key={name} name={name} label={name} required />
          ),
        )}
      </form>
    </MordFormProvider>
  );
}

function BareForm() {
  const { register, handleSubmit, formState } = useForm({
    defaultValues: defaults,
    resolver: zodResolver(schema as never, { error: createErrorMap('ar') }) as never,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
  return (
    <form noValidate onSubmit={handleSubmit(() => undefined)}>
      {FIELDS.map(({ name, kind }) => (
        <div key={name}>
          <label htmlFor={name}>{name}</label>
          {kind === 'select' ? (
            <select id={name} {...register(name)}>
              <option value="">—</option>
              {REGIONS.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label.ar}
                </option>
              ))}
            </select>
          ) : (
            <input id={name} dir={kind === 'text' ? 'auto' : 'ltr'} {...register(name)} />
          )}
          {formState.errors[name] ? <p>{String(formState.errors[name]?.message)}</p> : null}
        </div>
      ))}
    </form>
  );
}

// Both variants start each measurement with an empty heap, so neither pays for the other's garbage.
const collectGarbage = () => (window as { gc?: () => void }).gc?.();

let root: Root | null = null;
const host = document.getElementById('root')!;

function mount(variant: 'mord' | 'bare'): number {
  root?.unmount();
  host.replaceChildren();
  root = createRoot(host);
  collectGarbage();
  const start = performance.now();
  flushSync(() =>
    root!.render(
      variant === 'mord' ? (
        <MordProvider backend={backend}>
          <MordForm />
        </MordProvider>
      ) : (
        <BareForm />
      ),
    ),
  );
  return performance.now() - start;
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

function keystrokes(count: number): number {
  const input = host.querySelector<HTMLInputElement>('input')!;
  input.focus();
  let value = '';
  collectGarbage();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    value += 'ن';
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return (performance.now() - start) / count;
}

// The same keystrokes through the browser's own text insertion (editing, beforeinput, input), as typing does.
function typing(count: number): number {
  host.querySelector<HTMLInputElement>('input')!.focus();
  collectGarbage();
  const start = performance.now();
  for (let i = 0; i < count; i++) document.execCommand('insertText', false, 'ن');
  return (performance.now() - start) / count;
}

Object.assign(window, { bench: { mount, keystrokes, typing } });
document.title = 'ready';

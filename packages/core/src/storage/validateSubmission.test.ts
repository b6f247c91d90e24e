import { describe, expect, it } from 'vitest';
import { exampleSupportRequestSubmission } from '../examples/exampleSubmission';
import { exampleSupportRequest } from '../examples/exampleSupportRequest';
import { validateSubmission } from './validateSubmission';

function signedPayload(decisionDays?: number) {
  return exampleSupportRequestSubmission({ decisionDays });
}

describe('validateSubmission', () => {
  it('accepts a signed support request and returns the normalised data', async () => {
    const result = await validateSubmission('support-request', await signedPayload());
    expect(result.success).toBe(true);
  });

  it('accepts the raw form values as well when they normalise to what was signed', async () => {
    const payload = await signedPayload();
    const result = await validateSubmission('support-request', { ...payload, data: exampleSupportRequest() });
    expect(result.success).toBe(true);
  });

  it('refuses an unknown channel or locale in the envelope', async () => {
    const payload = await signedPayload();
    const result = await validateSubmission(
      'support-request',
      { ...payload, channel: 'fax', locale: 'fr' },
      { locale: 'en' },
    );
    expect(result.success === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['channel', 'choose_option'],
      ['locale', 'choose_option'],
    ]);
  });

  it('prefixes data issues with "data."', async () => {
    const payload = await signedPayload();
    const result = await validateSubmission('inquiry', { ...payload, data: {} }, { locale: 'en' });
    expect(result.success === false && result.issues[0]?.path).toBe('data.name');
  });

  it('refuses a declaration rendered with another decision period than the backend’s', async () => {
    const result = await validateSubmission('support-request', await signedPayload(30), { locale: 'en' });
    expect(result.success === false && result.issues).toEqual([
      {
        path: 'declaration',
        code: 'declaration.text_mismatch',
        message: 'The declaration text does not match the approved text. Reload the page and sign again.',
      },
    ]);
  });

  it('refuses a malformed declaration with its own issues', async () => {
    const payload = await signedPayload();
    const result = await validateSubmission(
      'support-request',
      { ...payload, declaration: { method: 'drawn' } },
      { locale: 'en' },
    );
    expect(result.success === false && result.issues[0]?.path.startsWith('declaration.')).toBe(true);
  });
});

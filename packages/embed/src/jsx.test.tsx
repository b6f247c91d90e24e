import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MordErrorCode, MordErrorEvent, MordSubmittedDetail } from './index';

describe('the elements in TSX', () => {
  it('takes their attributes and, with React 19, their events as onmord-… props', () => {
    const seen: MordSubmittedDetail[] = [];
    const errors: MordErrorCode[] = [];
    const { container } = render(
      <mord-inquiry
        endpoint="https://forms.example.org"
        locale="en"
        namespace="partner"
        include-token
        onmord-submitted={(event) => seen.push(event.detail)}
        onmord-error={(event: MordErrorEvent) => errors.push(event.detail.code)}
      />,
    );
    const element = container.querySelector('mord-inquiry')!;
    expect(element.getAttribute('endpoint')).toBe('https://forms.example.org');
    expect(element.getAttribute('locale')).toBe('en');
    element.dispatchEvent(
      new CustomEvent('mord-submitted', { detail: { reference: 'MRD-1', status: 'submitted' } }),
    );
    element.dispatchEvent(new CustomEvent('mord-error', { detail: { code: 'endpoint_unreachable' } }));
    expect(seen).toEqual([{ reference: 'MRD-1', status: 'submitted' }]);
    expect(errors).toEqual(['endpoint_unreachable']);
  });

  it('types the tag names and the events for addEventListener', () => {
    const element = document.createElement('mord-satisfaction-survey');
    const codes: string[] = [];
    // `event.detail` is typed: no cast.
    element.addEventListener('mord-error', (event) => codes.push(event.detail.code));
    document.body.append(element);
    element.dispatchEvent(new CustomEvent('mord-error', { detail: { code: 'missing_endpoint' } }));
    expect(codes).toEqual(['missing_endpoint']);
    element.remove();
  });

  it('refuses what the elements do not take (checked by the type checker)', () => {
    const wrong = [
      // @ts-expect-error the locales are ar and en
      <mord-inquiry key="1" endpoint="https://forms.example.org" locale="fr" />,
      // @ts-expect-error the endpoint is required
      <mord-support-request key="2" locale="ar" />,
      // @ts-expect-error the mode is self or assisted
      <mord-support-request key="3" endpoint="https://forms.example.org" mode="staff" />,
    ];
    expect(wrong).toHaveLength(3);
  });
});

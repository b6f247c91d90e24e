import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSOCIATION_CONFIG } from '../config/associationConfig';
import { composeMessage } from './composeNotifications';
import { linkInLanguage } from './linkInLanguage';

describe('linkInLanguage', () => {
  it('opens an English page in English, before the route, and leaves Arabic links as they are', () => {
    expect(linkInLanguage('https://mord.example/#/status/MRD-1/abc', 'en')).toBe(
      'https://mord.example/?lang=en#/status/MRD-1/abc',
    );
    expect(linkInLanguage('https://mord.example/survey/tok?x=1', 'en')).toBe(
      'https://mord.example/survey/tok?x=1&lang=en',
    );
    expect(linkInLanguage('https://mord.example/survey/tok?lang=ar', 'en')).toBe(
      'https://mord.example/survey/tok?lang=en',
    );
    expect(linkInLanguage('https://mord.example/#/status/MRD-1/abc', 'ar')).toBe(
      'https://mord.example/#/status/MRD-1/abc',
    );
    expect(linkInLanguage('not a url', 'en')).toBe('not a url');
  });

  it('is how a message carries her link, in her request’s language', () => {
    const request = (locale: 'ar' | 'en') => ({
      reference: 'MRD-2026-000123',
      form: 'support-request' as const,
      locale,
      data: { contact: { email: 'hind@example.org', preferredContact: 'email' } },
    });
    const context = {
      settings: { channels: ['email'] as const, statusUrl: 'https://mord.example/#/status/' },
      config: DEFAULT_ASSOCIATION_CONFIG,
      link: 'https://mord.example/#/status/MRD-2026-000123/tok',
    };
    const at = '2026-12-01T10:00:00.000Z';
    expect(composeMessage('received', request('en'), 'x', at, context)!.text).toContain(
      'https://mord.example/?lang=en#/status/MRD-2026-000123/tok',
    );
    expect(composeMessage('received', request('ar'), 'x', at, context)!.text).toContain(
      'https://mord.example/#/status/MRD-2026-000123/tok',
    );
  });
});

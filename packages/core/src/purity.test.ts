import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from './index';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

const files = sources(import.meta.dirname);

describe('@mord/core', () => {
  it('imports no framework and only its declared dependencies', () => {
    const allowed = new Set(['zod/mini', 'canonicalize', '@internationalized/date']);
    for (const file of files) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const specifier of imports) {
        if (specifier.startsWith('.')) continue;
        expect(allowed.has(specifier), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('never touches window or document', () => {
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(window|document|localStorage|navigator)\.\w/);
    }
  });

  it('never configures zod globally', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/z\.config\(/);
  });

  it('exports the names the issue promises', () => {
    for (const name of [
      'normalizeDigits',
      'parseSaudiId',
      'isValidSaudiId',
      'normalizeSaudiMobile',
      'normalizeSaudiIban',
      'normalizePostalCode',
      'normalizeShortAddress',
      'arabicNameKey',
      'hijriToGregorian',
      'gregorianToHijri',
      'csat',
      'nps',
      'ces',
      'supportRequestSchema',
      'inquirySchema',
      'volunteerApplicationSchema',
      'satisfactionResponseSchema',
      'declarationSchema',
      'CHANNELS',
      'canonicalJson',
      'digestSubmission',
      'verifyDeclaration',
      'applyTransition',
      'WorkflowError',
      'decisionDueAt',
      'isOverdue',
      'createMemoryAdapter',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });
});

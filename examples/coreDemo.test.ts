import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const demo = join(import.meta.dirname, 'core-demo/demo.mjs');

describe('the terminal walk-through (npm start -- --demo)', () => {
  it.each([
    ['ar', [], /مؤشر الرضا \(CSAT\): ١٠٠٪/, /التحقق من الإقرار: نعم/],
    ['en', ['--en'], /Satisfaction \(CSAT\): 100%/, /Declaration verified: yes/],
  ])('runs the request through the policy to the survey in %s', (_locale, args, satisfaction, verified) => {
    const out = execFileSync(process.execPath, [demo, ...args], { encoding: 'utf8' });
    expect(out).toMatch(satisfaction);
    expect(out).toMatch(verified);
    // Nothing of the code's own words in the Arabic walk-through but the codes it names.
    if (args.length === 0) expect(out).not.toMatch(/\b(true|false|undefined|NaN)\b/);
  });
});

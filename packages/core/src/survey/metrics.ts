function checkScores(scores: readonly number[], min: number, max: number, name: string): void {
  for (const score of scores) {
    if (!Number.isInteger(score) || score < min || score > max) {
      throw new RangeError(`${name} scores are whole numbers from ${min} to ${max}; got ${score}`);
    }
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Customer satisfaction: the percentage of 1–5 answers that are 4 or 5 (top-two box), rounded to 0.1.
 * @returns null for no answers.
 * @throws {RangeError} when a score is not a whole number from 1 to 5.
 * @example csat([5, 5, 4, 3, 2, 5, 4, 4, 1, 5]) // 70
 */
export function csat(scores: readonly number[]): number | null {
  checkScores(scores, 1, 5, 'CSAT');
  if (scores.length === 0) return null;
  return round((scores.filter((s) => s >= 4).length / scores.length) * 100);
}

/**
 * Net Promoter Score on 0–10 answers: % promoters (9–10) minus % detractors (0–6), a whole number from −100 to 100.
 * @returns null for no answers.
 * @throws {RangeError} when a score is not a whole number from 0 to 10.
 * @example nps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9]) // 20
 */
export function nps(scores: readonly number[]): number | null {
  checkScores(scores, 0, 10, 'NPS');
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  // `+ 0` turns Math.round's -0 into 0.
  return Math.round(((promoters - detractors) / scores.length) * 100) + 0;
}

/**
 * Customer Effort Score: the mean of 1–7 agreement answers ("the association made it easy for me"), rounded to 0.01.
 * @returns null for no answers.
 * @throws {RangeError} when a score is not a whole number from 1 to 7.
 * @example ces([7, 6, 5, 4, 7, 2, 6, 5, 7, 3]) // 5.2
 */
export function ces(scores: readonly number[]): number | null {
  checkScores(scores, 1, 7, 'CES');
  if (scores.length === 0) return null;
  return round(scores.reduce((sum, s) => sum + s, 0) / scores.length, 2);
}

/**
 * How many answers gave each score from `min` to `max`, in order; always report it next to a score.
 * @throws {RangeError} when a score is outside the scale.
 */
export function distribution(scores: readonly number[], min: number, max: number): number[] {
  checkScores(scores, min, max, 'Scale');
  const counts = Array.from({ length: max - min + 1 }, () => 0);
  for (const score of scores) counts[score - min]! += 1;
  return counts;
}

/** The mean of scores rounded to 0.01, or null for none. */
export function mean(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return round(scores.reduce((sum, s) => sum + s, 0) / scores.length, 2);
}

import { formatMessage, type Locale, type MessageParams } from '@mord/core';

/** Replacement wording per locale, for any key of the catalogs. */
export type Overrides = { readonly [L in Locale]?: Readonly<Record<string, string | undefined>> };

/**
 * @internal A `t` over one catalog: the integrator's wording first, then the catalog's; numbers in the
 * params are formatted in the chosen digits.
 */
export function createTranslator<K extends string>(
  catalog: Readonly<Record<Locale, Readonly<Record<K, string>>>>,
  locale: Locale,
  overrides: Overrides | undefined,
  formatNumber: (value: number) => string,
): (key: K, params?: MessageParams) => string {
  const options = { locale, formatNumber, latinDigits: formatNumber(0) === '0' };
  return (key, params) => formatMessage(overrides?.[locale]?.[key] ?? catalog[locale][key], params, options);
}

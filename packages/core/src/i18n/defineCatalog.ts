import type { Locale } from './locale';

/** The shape every locale of a catalog must match: the English catalog's keys, each a string. */
export type CatalogShape<T> = { readonly [K in keyof T]: string };

/** A message catalog in every shipped locale. */
export type Catalog<T> = Readonly<Record<Locale, CatalogShape<T>>>;

/**
 * Builds a catalog from an English source and its Arabic translation; the Arabic side is typed
 * against the English keys, so a missing or extra key is a compile error.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCatalog<const T extends Record<string, string>>(
  en: T,
  ar: NoInfer<CatalogShape<T>>,
): Catalog<T> {
  return { en, ar };
}

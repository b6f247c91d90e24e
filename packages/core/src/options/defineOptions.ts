import type { Locale, LocalizedText } from '../i18n/locale';

/** One choice of a closed list: a stable id that is stored, and its label in every locale. */
export interface Option<T extends string = string> {
  readonly id: T;
  readonly label: LocalizedText;
}

/** A closed list of choices; its ids are what schemas accept and adapters store. */
export type OptionList<T extends string> = readonly Option<T>[];

/**
 * Builds an option list from ids and per-locale labels; the label maps are typed by the ids, so a
 * missing translation is a compile error.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineOptions<const T extends string>(
  ids: readonly [T, ...T[]],
  labels: { readonly en: Readonly<Record<T, string>>; readonly ar: Readonly<Record<T, string>> },
): OptionList<T> {
  return ids.map((id) => ({ id, label: { ar: labels.ar[id], en: labels.en[id] } }));
}

/** The ids of an option list, as a non-empty tuple for `z.enum`. */
export function optionIds<T extends string>(options: OptionList<T>): [T, ...T[]] {
  return options.map((option) => option.id) as [T, ...T[]];
}

/** The label of an option id in a locale; the id itself when the list does not have it. */
export function optionLabel<T extends string>(
  options: OptionList<T>,
  id: T | string,
  locale: Locale,
): string {
  return options.find((option) => option.id === id)?.label[locale] ?? id;
}

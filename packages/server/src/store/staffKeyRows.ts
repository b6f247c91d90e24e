import type { Locale, StaffKeyListing } from '@mord/core';

/** The columns a key listing reads, as its fields (the same in SQLite and PostgreSQL). */
export const STAFF_KEY_COLUMNS =
  'id, name, role, branch, email, locale, created_at as "createdAt", revoked_at as "revokedAt"';

/** A staff key's row as the database returns it: empty optional fields as null. */
export type StaffKeyRow = Omit<StaffKeyListing, 'branch' | 'email' | 'locale'> & {
  branch: string | null;
  email: string | null;
  locale: string | null;
};

/** Key rows as listings, leaving out what is not there. */
export function staffKeyListings(rows: readonly StaffKeyRow[]): StaffKeyListing[] {
  return rows.map(({ branch, email, locale, ...key }) => ({
    ...key,
    ...(branch ? { branch } : {}),
    ...(email ? { email } : {}),
    ...(locale === 'ar' || locale === 'en' ? { locale: locale as Locale } : {}),
  }));
}

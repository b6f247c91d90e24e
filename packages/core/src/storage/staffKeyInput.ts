import type { AssociationConfig } from '../config/associationConfig';
import type { Locale } from '../i18n/locale';
import { emailSchema } from '../schemas/fields';
import { normalizeText } from '../validation/normalizeText';
import { isStaffRole, type StaffRole } from '../workflow/states';
import type { MaybePromise, StaffPerson } from './contracts';

/** Where a staff member's daily summary goes, and in which language. */
export interface StaffContact {
  /** Her work e-mail; without it she gets no summary. */
  email?: string;
  /** @default 'ar' */
  locale?: Locale;
}

/** A staff key as an administrator sees it: the person, and when it was made and revoked — never the key. */
export interface StaffKeyListing extends StaffPerson, StaffContact {
  createdAt: string;
  revokedAt: string | null;
}

/** Who a new key is for. */
export interface StaffKeyInput extends StaffContact {
  name: string;
  role: StaffRole;
  /** A configured branch id. */
  branch?: string;
}

/**
 * Where staff keys live (the server's database, the memory adapter's map): the service calls it for the
 * administrator's key screen. Keys are returned once, at creation or rotation, and stored only as hashes.
 */
export interface StaffKeyRegistry {
  list(): MaybePromise<StaffKeyListing[]>;
  /** Makes a key for a person; returns her new id and the key. */
  create(
    input: StaffKeyInput,
    actor: { id: string; role: string },
  ): MaybePromise<{ id: string; key: string }>;
  /** Revokes her keys and issues one with the same id, name, role and branch; null when she has no active key. */
  rotate(id: string, actor: { id: string; role: string }): MaybePromise<string | null>;
  /** Revokes her keys; false when none was active. */
  revoke(id: string, actor: { id: string; role: string }): MaybePromise<boolean>;
}

/** Longest name on a staff key, in characters. */
export const MAX_STAFF_NAME_LENGTH = 100;

const blank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Reads who a new key is for: a name (1–100 characters after clean-up), a staff role, a branch the
 * configuration lists (any, when it lists none), and optionally her e-mail and language for the daily
 * summary. Returns the problem's field when it is not valid.
 * @example parseStaffKeyInput(config, { name: 'منيرة', role: 'relations_officer', email: 'munira@mord.example' })
 */
export function parseStaffKeyInput(
  config: Pick<AssociationConfig, 'branches'>,
  input: unknown,
):
  | { ok: true; value: StaffKeyInput }
  | { ok: false; field: 'name' | 'role' | 'branch' | 'email' | 'locale' } {
  if (typeof input !== 'object' || input === null) return { ok: false, field: 'name' };
  const { name, role, branch, email, locale } = input as Record<string, unknown>;
  const cleaned = typeof name === 'string' ? normalizeText(name).trim() : '';
  if (!cleaned || cleaned.length > MAX_STAFF_NAME_LENGTH) return { ok: false, field: 'name' };
  if (!isStaffRole(role)) return { ok: false, field: 'role' };
  const value: StaffKeyInput = { name: cleaned, role };
  if (!blank(branch)) {
    if (typeof branch !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(branch))
      return { ok: false, field: 'branch' };
    if (config.branches.length > 0 && !config.branches.some((b) => b.id === branch))
      return { ok: false, field: 'branch' };
    value.branch = branch;
  }
  if (!blank(email)) {
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) return { ok: false, field: 'email' };
    value.email = parsed.data;
  }
  if (!blank(locale)) {
    if (locale !== 'ar' && locale !== 'en') return { ok: false, field: 'locale' };
    value.locale = locale;
  }
  return { ok: true, value };
}

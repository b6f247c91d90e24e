/** Whether the annual rent is asked (and kept): only when the home is rented. */
export function requiresRent(ownership: unknown): boolean {
  return ownership === 'rented';
}

/**
 * Whether the request needs her explicit consent to sensitive data (PDPL): a household member's health
 * condition or disability is given.
 */
export function requiresSensitiveConsent(household: unknown): boolean {
  return (
    Array.isArray(household) &&
    household.some((member) => {
      const condition = (member as { healthCondition?: unknown } | null)?.healthCondition;
      return typeof condition === 'string' && condition.trim() !== '';
    })
  );
}

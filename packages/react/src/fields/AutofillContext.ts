import { createContext } from 'react';

/**
 * @internal Whether fields may offer the browser's saved entries (`autocomplete` tokens). Off when staff
 * fill a form for a beneficiary: the device is shared, and its saved names, phones and addresses belong to
 * other people.
 */
export const AutofillContext = createContext(true);

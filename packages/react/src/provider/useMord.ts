import { useContext } from 'react';
import { MordContext, type MordContextValue } from './MordContext';

/** The backend, locale and translator of the nearest {@link MordProvider}. */
export function useMord(): MordContextValue {
  const context = useContext(MordContext);
  if (!context) throw new Error('Mord components must be rendered inside <MordProvider>.');
  return context;
}

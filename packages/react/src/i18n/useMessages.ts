import type { MessageParams, PublicAssociationConfig } from '@mord/core';
import { useMemo } from 'react';
import type { MordContextValue } from '../provider/MordContext';
import { useAssociationConfig } from '../provider/useAssociationConfig';
import { useMord } from '../provider/useMord';
import { createTranslator } from './createTranslator';
import { type UiMessageKey, uiMessages } from './uiMessages';

/** What {@link useMessages} returns: the provider's context with the full catalog and the configuration. */
export type MessagesContext = Omit<MordContextValue, 't' | 'config' | 'decisionDays'> & {
  t: (key: UiMessageKey, params?: MessageParams) => string;
  /** The association's configuration in force (see `useAssociationConfig`). */
  config: PublicAssociationConfig;
  /** Days the research committee has to answer. */
  decisionDays: number;
};

/**
 * The provider's context with `t` over every component text (`uiMessages`, the integrator's wording first)
 * and the configuration in force: what the forms, status and staff views use. Plain fields use `useMord()`,
 * so a page of fields alone carries only their few texts.
 */
export function useMessages(): MessagesContext {
  const context = useMord();
  const config = useAssociationConfig();
  return useMemo(
    () => ({
      ...context,
      config,
      decisionDays: config.decision.days,
      t: createTranslator(uiMessages, context.locale, context.messages, context.formatNumber),
    }),
    [context, config],
  );
}

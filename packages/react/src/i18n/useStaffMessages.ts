import type { MessageParams } from '@mord/core';
import { useMemo } from 'react';
import { createTranslator } from './createTranslator';
import { type StaffMessageKey, workspaceMessages } from './staffMessages';
import type { UiMessageKey } from './uiMessages';
import { type MessagesContext, useMessages } from './useMessages';

/** What {@link useStaffMessages} returns: {@link useMessages}, with `t` over the workspace's texts too. */
export type StaffMessagesContext = Omit<MessagesContext, 't'> & {
  t: (key: UiMessageKey | StaffMessageKey, params?: MessageParams) => string;
};

/**
 * The staff workspace's `t`: the components' texts and the workspace's own (`staffMessages`), the
 * integrator's wording first. Only the staff views (and her signing page) use it, so forms never load them.
 */
export function useStaffMessages(): StaffMessagesContext {
  const context = useMessages();
  return useMemo(
    () => ({
      ...context,
      t: createTranslator(workspaceMessages, context.locale, context.messages, context.formatNumber),
    }),
    [context],
  );
}

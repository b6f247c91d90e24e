import { defineCatalog } from '@mord/core';

/**
 * The few texts the plain field components show (optional marker, required, the empty choice): all a page
 * of fields carries. The other components' texts are in `uiMessages`.
 */
export const fieldMessages = defineCatalog(
  {
    'common.optional': 'optional',
    'common.choose': 'Choose…',
  },
  {
    'common.optional': 'اختياري',
    'common.choose': 'اختاري…',
  },
);

/** A key of {@link fieldMessages}. */
export type FieldMessageKey = keyof (typeof fieldMessages)['en'];

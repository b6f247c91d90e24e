import type { Locale } from '@mord/core';
import { StaffArea } from '../StaffArea';

/** `#/staff`: the staff area and its styles, loaded only when a staff member opens it. */
export default function StaffPage(props: { locale: Locale }) {
  return <StaffArea api={__MORD_API__} locale={props.locale} />;
}

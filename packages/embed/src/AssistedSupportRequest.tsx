import { type Channel, type Receipt, type StaffApi, StorageError } from '@mord/core';
import { SupportRequestForm, useMord } from '@mord/react';
import { useEffect, useState } from 'react';

/**
 * The support request taken by a staff member for a beneficiary: opens the staff API with the key the
 * page set as the element's `staffKey` property (never an attribute, so it is not in the markup), and sends
 * through the staff route. Without a valid key nothing is shown and `mord-error` reports `forbidden`.
 */
export function AssistedSupportRequest(props: {
  staffKey: string | null;
  draftKey: string;
  channel: Channel | null;
  onSubmitted: (receipt: Receipt) => void;
  onError: (error: Error) => void;
}) {
  const { backend } = useMord();
  const [staff, setStaff] = useState<StaffApi | null>(null);
  const { staffKey, onError } = props;
  useEffect(() => {
    setStaff(null);
    if (!staffKey || !backend.staff) {
      onError(new StorageError('forbidden', 'Assisted mode needs a staff key'));
      return;
    }
    let live = true;
    Promise.resolve(backend.staff({ key: staffKey })).then(
      (api) => live && setStaff(api),
      (error: Error) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [backend, staffKey, onError]);
  if (!staff) return null;
  return (
    <SupportRequestForm
      mode="assisted"
      staff={staff}
      draftKey={props.draftKey}
      onSubmitted={props.onSubmitted}
      onError={props.onError}
      {...(props.channel ? { channel: props.channel } : {})}
    />
  );
}

import { useFormContext } from 'react-hook-form';
import { useMessages } from '../../i18n/useMessages';
import { RequestSummary } from '../../review/RequestSummary';
import type { StepId } from '../steps';

/** Wizard step 7: everything she entered, section by section, with a way back to each step before signing. */
export function ReviewStep(props: { onEdit: (step: StepId) => void; stepTitle: (step: StepId) => string }) {
  const { t } = useMessages();
  const { getValues } = useFormContext();
  return (
    <>
      <p>{t('wizard.reviewIntro')}</p>
      <RequestSummary
        data={getValues()}
        sectionTitle={props.stepTitle}
        sectionAction={(step) => (
          <button type="button" className="mord-button mord-button-quiet" onClick={() => props.onEdit(step)}>
            {t('common.edit')} <span className="mord-visually-hidden">{props.stepTitle(step)}</span>
          </button>
        )}
      />
    </>
  );
}

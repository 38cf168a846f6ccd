import { Button } from '../../../ui/button';

export function StepButtons({ onDraft, pending }: { onDraft: () => void; pending: boolean }) {
  return (
    <div className="govuk-button-group">
      <Button disabled={pending}>Save and continue</Button>
      <Button type="button" variant="secondary" disabled={pending} onClick={onDraft}>
        Save and come back later
      </Button>
    </div>
  );
}

import type { Journey } from '../../api/types';
import { EditableSituation } from '../situation/EditableSituation';
import { contactLabel } from '../situation/situation';

const cardFields = ['name', 'when', 'contact'] as const;

/** The situation at a glance (who, when, where contact stands), editable in place. */
export function SituationCard({
  journey,
  onSaved,
}: {
  journey: Journey;
  onSaved: (journey: Journey) => void;
}) {
  return (
    <EditableSituation
      journey={journey}
      onSaved={onSaved}
      title="Your situation"
      headingId="situation-heading"
      fields={cardFields}
      className="card situation-card"
      editingClassName="situation-card-editing"
    >
      <dl className="facts">
        <div>
          <dt>With</dt>
          <dd>{journey.name}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{journey.when}</dd>
        </div>
        <div>
          <dt>Contact now</dt>
          <dd>{contactLabel(journey.contact)}</dd>
        </div>
      </dl>
    </EditableSituation>
  );
}

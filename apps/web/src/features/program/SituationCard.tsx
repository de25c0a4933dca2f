import { useRef, useState } from 'react';
import type { Journey } from '../../api/types';
import { Icon } from '../../components/Icon';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { SavedNote } from '../../components/SavedNote';
import { SituationEditor } from '../situation/SituationEditor';
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
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const close = () => {
    setEditing(false);
    // Give focus back to where the person started, once the button is back on the page.
    focusAfterRender(editButton);
  };

  return (
    <section
      className={editing ? 'card situation-card situation-card-editing' : 'card situation-card'}
      aria-labelledby="situation-heading"
    >
      <div className="card-heading-row">
        <h2 id="situation-heading" className="card-title">
          Your situation
        </h2>
        <div className="card-actions">
          <SavedNote visible={saved && !editing} />
          {!editing && (
            <button
              ref={editButton}
              type="button"
              className="button button-quiet button-small"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              aria-label="Edit your situation"
            >
              <Icon name="edit" />
              Edit
            </button>
          )}
        </div>
      </div>
      {editing ? (
        <SituationEditor
          journey={journey}
          fields={cardFields}
          onSaved={(next) => {
            onSaved(next);
            setSaved(true);
            close();
          }}
          onCancel={close}
        />
      ) : (
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
      )}
    </section>
  );
}

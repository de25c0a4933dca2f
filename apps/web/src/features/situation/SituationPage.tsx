import { useRef, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Journey } from '../../api/types';
import { situationFields } from '../../api/types';
import { Icon } from '../../components/Icon';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { PageHeader } from '../../components/PageHeader';
import { EditableSituation } from './EditableSituation';
import { contactLabel } from './situation';

interface SituationPageProps {
  journey: Journey;
  onSaved: (journey: Journey) => void;
  onDeleted: () => void;
}

/** Everything the person told Amends about what happened, with a way to change it or delete it all. */
export function SituationPage({ journey, onSaved, onDeleted }: SituationPageProps) {
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | undefined>();
  const focusAfterRender = useFocusAfterRender();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const remove = async () => {
    setDeleting(true);
    setDeleteError(undefined);
    try {
      await api.deleteJourney(journey.id);
      onDeleted();
    } catch (error) {
      setDeleteError(error instanceof ApiError ? error.message : 'Something went wrong. Please try again.');
      setDeleting(false);
    }
  };

  return (
    <>
      <PageHeader title="Your situation">
        What you told Amends about what happened with {journey.name}. Change it whenever things change.
      </PageHeader>

      <div className="stack">
        <EditableSituation
          journey={journey}
          onSaved={onSaved}
          title="What happened"
          headingId="details-heading"
          fields={situationFields}
          className="card"
        >
          <dl className="facts facts-stacked">
            <div>
              <dt>With</dt>
              <dd>{journey.name}</dd>
            </div>
            <div>
              <dt>In your words</dt>
              <dd className="prose">{journey.whatHappened}</dd>
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

        <section className="card card-quiet" aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="card-title">
            Start over
          </h2>
          {confirming ? (
            <div className="confirm">
              <p ref={confirmHeading} tabIndex={-1}>
                <strong>This deletes your program with {journey.name}:</strong> what happened, and where you
                are with each step. It can’t be undone.
              </p>
              {deleteError !== undefined && (
                <div className="notice notice-error" role="alert">
                  <Icon name="alert" />
                  <p>{deleteError}</p>
                </div>
              )}
              <div className="form-actions form-actions-end">
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    setConfirming(false);
                    setDeleteError(undefined);
                    focusAfterRender(deleteButton);
                  }}
                >
                  Keep my program
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  disabled={deleting}
                  onClick={() => void remove()}
                >
                  {deleting ? 'Deleting…' : 'Delete everything'}
                </button>
              </div>
            </div>
          ) : (
            <>
              <p className="card-text">
                You can delete this program and everything in it from this computer, and begin again.
              </p>
              <button
                ref={deleteButton}
                type="button"
                className="button button-quiet"
                onClick={() => {
                  setConfirming(true);
                  focusAfterRender(confirmHeading);
                }}
              >
                Delete this program…
              </button>
            </>
          )}
        </section>
      </div>
    </>
  );
}

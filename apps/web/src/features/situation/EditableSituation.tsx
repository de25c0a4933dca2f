import { useRef, useState, type ReactNode } from 'react';
import type { Journey, SituationField } from '../../api/types';
import { Icon } from '../../components/Icon';
import { SavedNote } from '../../components/SavedNote';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { SituationEditor } from './SituationEditor';

interface EditableSituationProps {
  journey: Journey;
  onSaved: (journey: Journey) => void;
  title: string;
  headingId: string;
  /** Which answers the editor offers. */
  fields: readonly SituationField[];
  className: string;
  editingClassName?: string;
  /** What the card shows while it is not being edited. */
  children: ReactNode;
}

/** A card of situation facts with an Edit button that swaps in the editor and gives focus back after. */
export function EditableSituation({
  journey,
  onSaved,
  title,
  headingId,
  fields,
  className,
  editingClassName,
  children,
}: EditableSituationProps) {
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
      className={editing && editingClassName ? `${className} ${editingClassName}` : className}
      aria-labelledby={headingId}
    >
      <div className="card-heading-row">
        <h2 id={headingId} className="card-title">
          {title}
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
          fields={fields}
          onSaved={(next) => {
            onSaved(next);
            setSaved(true);
            close();
          }}
          onCancel={close}
        />
      ) : (
        children
      )}
    </section>
  );
}

import { Icon } from './Icon';

/** A quiet "Saved" that screen readers announce. The region stays on the page so changes are heard. */
export function SavedNote({ visible }: { visible: boolean }) {
  return (
    <p role="status" className="saved">
      {visible && (
        <>
          <Icon name="check" />
          Saved
        </>
      )}
    </p>
  );
}

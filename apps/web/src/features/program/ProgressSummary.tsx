import type { Step } from '../../api/types';

/** "1 of 10 done · 2 in progress", with a strip of one segment per step (decorative; the words carry it). */
export function ProgressSummary({ steps }: { steps: readonly Step[] }) {
  const done = steps.filter((step) => step.status === 'done').length;
  const started = steps.filter((step) => step.status === 'started').length;
  const total = steps.length;

  let detail: string;
  if (done === 0 && started === 0)
    detail = 'You haven’t started a step yet. Step 1 is a good place to begin.';
  else if (done === total)
    detail = 'You have worked through every step. Keep coming back to the ones that help.';
  else if (started === 0) detail = `${total - done} still to go, at your pace.`;
  else detail = `${started} in progress. Take your time with ${started === 1 ? 'it' : 'them'}.`;

  return (
    <section className="card progress-card" aria-labelledby="progress-heading">
      <h2 id="progress-heading" className="card-title">
        Your progress
      </h2>
      <p className="progress-count">
        <strong>{started + done}</strong> of {total} started, <strong>{done}</strong> done
      </p>
      <ol className="segments segments-steps" aria-hidden="true">
        {steps.map((step) => (
          <li key={step.number} className={`segment segment-${step.status}`} />
        ))}
      </ol>
      <p className="progress-detail">{detail}</p>
    </section>
  );
}

import { memo, useCallback, useId } from 'react';
import { objectStatusDefinitions, StatusBadge } from '../../../components/status';
import { countStepObjects } from '../model/step-rows';
import {
  countObjectStatuses,
  describeStatusCounts,
  stepFreshness,
  type ObjectStep,
} from '../model/step-summary';
import { StepFreshness } from './step-freshness';
import styles from './step-section.module.css';
import { StepTable } from './step-table';

interface StepSectionProps {
  step: ObjectStep;
  collapsed: ReadonlySet<string>;
  baseSearch: string;
  /** The open object's Uuid, when it belongs to this step. */
  openUuid: string | null;
  onToggle: (actionId: string, uuid: string, expanded: boolean) => void;
}

function StepBody({ step, collapsed, baseSearch, openUuid, onToggle }: StepSectionProps) {
  const { ActionId: actionId } = step;
  const toggle = useCallback(
    (uuid: string, expanded: boolean) => onToggle(actionId, uuid, expanded),
    [onToggle, actionId],
  );

  if (!step.VerifiesObjects) {
    return (
      <p className={styles.message}>
        This step does not verify objects: its Kubernetes object status check is turned off, so
        there is no status to follow for what it applied.
      </p>
    );
  }
  if (step.Resources.length === 0) {
    return (
      <p className={styles.message}>
        {step.IsLive
          ? 'The step has not applied its objects yet.'
          : 'This step applied no objects.'}
      </p>
    );
  }
  return (
    <StepTable
      label={step.StepName}
      actionId={actionId}
      resources={step.Resources}
      collapsed={collapsed}
      baseSearch={baseSearch}
      openUuid={openUuid}
      onToggle={toggle}
    />
  );
}

/**
 * One deployment step on the Kubernetes tab: a region named by the step, its status, whether it
 * is live or a snapshot, and the table of what it applied. Memoised on the step: once a step is
 * a snapshot, later polls hand back the same object and the section does not render again.
 */
export const StepSection = memo(function StepSection(props: StepSectionProps) {
  const { step } = props;
  const headingId = useId();
  const total = countStepObjects(step.Resources);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <header className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {step.StepName}
        </h2>
        <StatusBadge definition={objectStatusDefinitions[step.Status]} variant="pill" describe />
        <StepFreshness freshness={stepFreshness(step)} />
        {total > 0 && (
          <p className={styles.counts}>
            {total} {total === 1 ? 'object' : 'objects'}:{' '}
            {describeStatusCounts(countObjectStatuses(step.Resources))}
          </p>
        )}
      </header>
      <StepBody {...props} />
    </section>
  );
});

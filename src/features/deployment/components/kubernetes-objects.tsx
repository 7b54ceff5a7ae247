import { useCallback, useId, useState } from 'react';
import type { TaskObjectStatus } from '../../../api/contract';
import { objectStatusDefinitions, StatusBadge } from '../../../components/status';
import type { ObjectRef } from '../model/object-param';
import { objectStatusOrder } from '../model/step-summary';
import styles from './kubernetes-objects.module.css';
import { StepSection } from './step-section';

const noneCollapsed: ReadonlySet<string> = new Set();

interface KubernetesObjectsProps {
  status: TaskObjectStatus;
  baseSearch: string;
  /** The object whose drawer is open, if any. */
  openObject: ObjectRef | null;
}

/** The Kubernetes tab's content: a legend of the four statuses, then one section per step. */
export function KubernetesObjects({ status, baseSearch, openObject }: KubernetesObjectsProps) {
  const legendId = useId();
  // Per step, the objects whose children the user hid.
  const [collapsed, setCollapsed] = useState<ReadonlyMap<string, ReadonlySet<string>>>(
    () => new Map(),
  );
  const onToggle = useCallback((actionId: string, uuid: string, expanded: boolean) => {
    setCollapsed((previous) => {
      const step = new Set(previous.get(actionId));
      if (expanded) step.delete(uuid);
      else step.add(uuid);
      return new Map(previous).set(actionId, step);
    });
  }, []);

  return (
    <div className={styles.objects}>
      <div className={styles.legend}>
        <span className={styles.legendTitle} id={legendId}>
          Object status
        </span>
        <ul aria-labelledby={legendId} className={styles.legendList}>
          {objectStatusOrder
            .filter((value) => value !== 'Unknown')
            .map((value) => (
              <li key={value}>
                <StatusBadge definition={objectStatusDefinitions[value]} describe />
              </li>
            ))}
        </ul>
      </div>
      {status.Steps.map((step) => (
        <StepSection
          key={step.ActionId}
          step={step}
          collapsed={collapsed.get(step.ActionId) ?? noneCollapsed}
          baseSearch={baseSearch}
          openUuid={openObject?.actionId === step.ActionId ? openObject.uuid : null}
          onToggle={onToggle}
        />
      ))}
    </div>
  );
}

import { lazy, Suspense, useId } from 'react';
import { Drawer } from '../../../components/drawer/drawer';
import { objectStatusDefinitions, StatusBadge } from '../../../components/status';
import { TabPanel, Tabs } from '../../../components/tabs/tabs';
import { useObjectDrawerUrlState } from '../hooks/use-object-drawer-url-state';
import { findOpenerLink } from '../model/find-opener-link';
import { objectTabLabels, resolveObjectTab, stepObjectTabs } from '../model/object-tabs';
import type { StepObjectTarget } from '../object-drawer-target';
import styles from './object-drawer.module.css';
import statusLine from './object-status-line.module.css';
import { StepSummary } from './step-summary';
import { TabLoading } from './tab-message';

const StepManifestTab = lazy(() => import('./step-manifest-tab'));

interface StepObjectDrawerProps {
  target: StepObjectTarget;
  onClose: () => void;
}

/** The drawer of an object on a deployment's Kubernetes tab: Summary, and what the step applied. */
export function StepObjectDrawer({ target, onClose }: StepObjectDrawerProps) {
  const { object } = target;
  const url = useObjectDrawerUrlState();
  const baseId = useId();
  const tab = resolveObjectTab(url.requestedTab, stepObjectTabs);
  const title = `${object.Kind} ${object.Name}`;

  return (
    <Drawer
      title={title}
      eyebrow={object.Namespace ?? 'Cluster-scoped'}
      meta={
        <div className={statusLine.status}>
          <StatusBadge
            definition={objectStatusDefinitions[object.Status]}
            variant="pill"
            describe
          />
          <span className={statusLine.message}>{`Applied by step “${target.stepName}”`}</span>
        </div>
      }
      onClose={onClose}
      fallbackFocus={() => findOpenerLink(`${target.actionId}:${target.uuid}`)}
      layout="fill"
      size="wide"
    >
      <Tabs
        label={title}
        baseId={baseId}
        tabs={stepObjectTabs.map((id) => ({ id, label: objectTabLabels[id] }))}
        selected={tab}
        onSelect={url.selectTab}
        className={styles.tabs}
      />
      <TabPanel
        baseId={baseId}
        id={tab}
        className={tab === 'manifest' ? styles.fillPanel : styles.panel}
      >
        {tab === 'manifest' ? (
          <Suspense fallback={<TabLoading>Loading the manifest viewer…</TabLoading>}>
            <StepManifestTab target={target} />
          </Suspense>
        ) : (
          <StepSummary target={target} />
        )}
      </TabPanel>
    </Drawer>
  );
}

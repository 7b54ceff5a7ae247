import { Link, useSearchParams } from 'react-router';
import type { DetailedResource } from '../../../api/contract';
import { ExactTime, RelativeTime } from '../../../components/relative-time/relative-time';
import {
  displayedSyncDefinition,
  healthStatusDefinitions,
  StatusBadge,
} from '../../../components/status';
import { objectSearch } from '../../../config/object-search-param';
import type { DisplayedSync } from '../../../lib/displayed-sync';
import { containersOf } from '../model/containers';
import type { ObjectOwner } from '../model/find-owner';
import { ContainersTable } from './containers-table';
import { Fact, Facts, KeyValues, Section } from './facts';
import { OrphanNote } from './orphan-note';
import styles from './summary.module.css';

/** The ids the object endpoints address a child by: its UID, else its DesiredResourceId. */
function childRef(child: DetailedResource, machineId: string) {
  const resourceId = child.ResourceId ?? child.DesiredResourceId;
  return resourceId ? { machineId: child.ResourceSourceId ?? machineId, resourceId } : null;
}

function ObjectLink({ kind, name, search }: { kind: string; name: string; search: string | null }) {
  if (search === null) {
    return (
      <span>
        {kind} {name}
      </span>
    );
  }
  return (
    <Link to={{ search }} className={styles.link}>
      {kind} {name}
    </Link>
  );
}

function Children({ items, machineId }: { items: readonly DetailedResource[]; machineId: string }) {
  const [searchParams] = useSearchParams();
  return (
    <ul className={styles.children}>
      {items.map((child) => {
        const ref = childRef(child, machineId);
        return (
          <li key={`${child.Kind}/${child.Name}/${child.ResourceId ?? ''}`}>
            <span className={styles.child}>
              <ObjectLink
                kind={child.Kind}
                name={child.Name}
                search={ref ? objectSearch(searchParams, ref) : null}
              />
              <StatusBadge definition={healthStatusDefinitions[child.HealthStatus]} />
            </span>
            {child.Children.length > 0 && <Children items={child.Children} machineId={machineId} />}
          </li>
        );
      })}
    </ul>
  );
}

interface LiveSummaryProps {
  resource: DetailedResource;
  /** Its sync as shown: Orphaned or Deleting from the live status tree, else the object's. */
  sync: DisplayedSync;
  /** The source (target) the object was asked for on. */
  machineId: string;
  /** Its parent in the application's tree, when it has one. */
  owner: ObjectOwner | null;
}

/**
 * Everything the object endpoint says about a live object: kind, name, namespace, health and
 * sync with their messages, when it was created and last updated, labels, annotations, its
 * containers and its children; and its owner (a link to the parent's drawer) from the tree.
 */
export function LiveSummary({ resource, sync, machineId, owner }: LiveSummaryProps) {
  const [searchParams] = useSearchParams();
  const summary = resource.ManifestSummary;
  const containers = containersOf(summary);
  return (
    <div className={styles.summary}>
      <Facts label="Object">
        <Fact term="Kind">{resource.Kind}</Fact>
        <Fact term="Name">
          <span className={styles.code}>{resource.Name}</span>
        </Fact>
        <Fact term="Namespace">
          {resource.Namespace ?? <span className={styles.muted}>Cluster-scoped</span>}
        </Fact>
        <Fact term="Health">
          <StatusBadge
            definition={healthStatusDefinitions[resource.HealthStatus]}
            variant="pill"
            describe
          />
          {resource.HealthStatusMessage && (
            <p className={styles.message}>{resource.HealthStatusMessage}</p>
          )}
        </Fact>
        <Fact term="Sync">
          <StatusBadge definition={displayedSyncDefinition(sync)} variant="pill" describe />
          <OrphanNote sync={sync} />
          {resource.SyncStatusMessage && (
            <p className={styles.message}>{resource.SyncStatusMessage}</p>
          )}
        </Fact>
        <Fact term="Created">
          {summary?.CreationTimestamp ? (
            <>
              <RelativeTime value={summary.CreationTimestamp} />
              <ExactTime value={summary.CreationTimestamp} className={styles.exact} />
            </>
          ) : (
            <span className={styles.muted}>Not in the cluster</span>
          )}
        </Fact>
        <Fact term="Last updated">
          {resource.LastUpdated ? (
            <>
              <RelativeTime value={resource.LastUpdated} />
              <ExactTime value={resource.LastUpdated} className={styles.exact} />
            </>
          ) : (
            <span className={styles.muted}>Not reported</span>
          )}
        </Fact>
        <Fact term="Owner">
          {owner ? (
            <ObjectLink
              kind={owner.kind}
              name={owner.name}
              search={objectSearch(searchParams, {
                machineId: owner.machineId,
                resourceId: owner.resourceId,
              })}
            />
          ) : resource.DesiredResourceId ? (
            <span className={styles.muted}>None: Octopus applied this object</span>
          ) : (
            <span className={styles.muted}>Not known</span>
          )}
        </Fact>
      </Facts>

      <Section title="Labels">
        <KeyValues values={summary?.Labels ?? {}} empty="No labels" label="Labels" />
      </Section>

      <Section title="Annotations">
        <KeyValues
          values={summary?.Annotations ?? {}}
          empty="No annotations"
          label="Annotations"
          hideValues={resource.Kind === 'Secret'}
        />
      </Section>

      {containers.length > 0 && (
        <Section title="Containers">
          <ContainersTable containers={containers} />
        </Section>
      )}

      <Section title="Children">
        {resource.Children.length > 0 ? (
          <Children items={resource.Children} machineId={machineId} />
        ) : (
          <p className={styles.muted}>No child objects.</p>
        )}
      </Section>
    </div>
  );
}

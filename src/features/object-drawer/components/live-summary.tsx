import { Link, useSearchParams } from 'react-router';
import type { LiveResource, ResourceDetail } from '../../../api/contract';
import { ExactTime, RelativeTime } from '../../../components/relative-time/relative-time';
import {
  healthStatusDefinitions,
  StatusBadge,
  syncStatusDefinitions,
} from '../../../components/status';
import { objectSearch } from '../../../config/object-search-param';
import { ContainersTable } from './containers-table';
import { Fact, Facts, KeyValues, Section } from './facts';
import styles from './summary.module.css';

type Resource = ResourceDetail['Resource'];

/** The ids the object endpoints address a child by: its UID, else its DesiredResourceId. */
function childRef(child: LiveResource) {
  const resourceId = child.ResourceId ?? child.DesiredResourceId;
  return resourceId ? { machineId: child.MachineId, resourceId } : null;
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

function Children({ items }: { items: readonly LiveResource[] }) {
  const [searchParams] = useSearchParams();
  return (
    <ul className={styles.children}>
      {items.map((child) => {
        const ref = childRef(child);
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
            {child.Children.length > 0 && <Children items={child.Children} />}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Everything the object endpoint says about a live object: kind, name, namespace, health and
 * sync with their messages, when it was created and last updated, labels, annotations, its
 * owner (a link to the parent's drawer), its containers and its children.
 */
export function LiveSummary({ resource }: { resource: Resource }) {
  const [searchParams] = useSearchParams();
  const summary = resource.ManifestSummary;
  const owner = summary?.Owner ?? null;
  return (
    <div className={styles.summary}>
      <Facts label="Object">
        <Fact term="Kind">
          {resource.Kind}
          {resource.Group && <span className={styles.muted}> ({resource.Group})</span>}
        </Fact>
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
          <StatusBadge
            definition={syncStatusDefinitions[resource.SyncStatus]}
            variant="pill"
            describe
          />
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
          <RelativeTime value={resource.LastUpdated} />
          <ExactTime value={resource.LastUpdated} className={styles.exact} />
        </Fact>
        <Fact term="Owner">
          {owner ? (
            <ObjectLink
              kind={owner.Kind}
              name={owner.Name}
              search={objectSearch(searchParams, {
                machineId: resource.MachineId,
                resourceId: owner.ResourceId,
              })}
            />
          ) : (
            <span className={styles.muted}>None: Octopus applied this object</span>
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

      {summary && summary.Containers.length > 0 && (
        <Section title="Containers">
          <ContainersTable containers={summary.Containers} />
        </Section>
      )}

      <Section title="Children">
        {resource.Children.length > 0 ? (
          <Children items={resource.Children} />
        ) : (
          <p className={styles.muted}>No child objects.</p>
        )}
      </Section>
    </div>
  );
}

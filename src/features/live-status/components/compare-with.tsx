import { faCodeCompare } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { spaceResourceQueries } from '../../../api/queries/space-resource-queries';
import { ButtonLink } from '../../../components/button/button';
import { paths } from '../../../config/paths';
import { defaultOtherSide, sideKey, sideOptions } from '../../../lib/deployed-sides';
import styles from './compare-with.module.css';

interface CompareWithProps {
  spaceId: string;
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

/**
 * "Compare with…": another place the project is deployed to (an environment, or a tenant in
 * one), from the project's dashboard the page already reads, and a link that opens the
 * comparison with this application on the left. A native select and a link: the platform's
 * own keyboard and screen reader support. Nothing when there is nowhere else to compare with.
 */
export function CompareWith({ spaceId, projectId, environmentId, tenantId }: CompareWithProps) {
  const id = useId();
  const dashboard = useQuery(spaceResourceQueries.projectDashboard(spaceId, projectId));
  const current = useMemo(() => ({ environmentId, tenantId }), [environmentId, tenantId]);
  const all = useMemo(() => sideOptions(dashboard.data, projectId), [dashboard.data, projectId]);
  const others = all.filter((option) => option.key !== sideKey(current));
  const [chosen, setChosen] = useState<string | null>(null);
  const picked =
    others.find((option) => option.key === chosen) ?? defaultOtherSide(all, current) ?? null;
  if (picked === null) return null;
  return (
    <div className={styles.compare}>
      <label htmlFor={id} className={styles.label}>
        Compare with…
      </label>
      <select
        id={id}
        className={styles.select}
        value={picked.key}
        onChange={(event) => setChosen(event.target.value)}
      >
        {others.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
      <ButtonLink to={paths.environmentCompare({ projectId, left: current, right: picked })}>
        <FontAwesomeIcon icon={faCodeCompare} />
        Compare
      </ButtonLink>
    </div>
  );
}

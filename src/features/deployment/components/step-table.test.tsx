import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useNavigationType } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StepObject, TaskObjectStatus } from '../../../api/contract';
import { definitionOf } from '../../../test/definition-of';
import { parseObjectParam } from '../model/object-param';
import { objectStep, stepObject } from '../testing/step-fixtures';
import { KubernetesObjects } from './kubernetes-objects';

afterEach(() => {
  vi.restoreAllMocks();
});

function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('Expected a value');
  return value;
}

/** Shows where the router is, so a test can read it by role. */
function UrlProbe() {
  const location = useLocation();
  const navigation = useNavigationType();
  return <output aria-label="URL">{`${navigation} ${location.search}`}</output>;
}

function Page({ status }: { status: TaskObjectStatus }) {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const openObject = parseObjectParam(params.get('object'));
  params.delete('object');
  return (
    <>
      <KubernetesObjects status={status} baseSearch={params.toString()} openObject={openObject} />
      <UrlProbe />
    </>
  );
}

function page(status: TaskObjectStatus) {
  return (
    <MemoryRouter initialEntries={['/deployments/Deployments-1?tab=kubernetes']}>
      <Routes>
        <Route path="/deployments/:id" element={<Page status={status} />} />
      </Routes>
    </MemoryRouter>
  );
}

function renderObjects(status: TaskObjectStatus) {
  const view = render(page(status));
  return { update: (next: TaskObjectStatus) => view.rerender(page(next)) };
}

const url = () => screen.getByRole('status', { name: 'URL' }).textContent;
/** The grid's one row that shows an object named `name`. */
const rowOf = (grid: HTMLElement, name: string) => {
  const [row, ...others] = within(grid)
    .getAllByRole('row')
    .filter((each) => within(each).queryAllByText(name, { selector: 'a, span' }).length > 0);
  if (!row || others.length > 0) throw new Error(`Expected one row named ${name}`);
  return row;
};

describe('a step on the Kubernetes tab', () => {
  it('is a region named by the step, with a table named by the step, children nested', () => {
    renderObjects({ Steps: [objectStep()] });

    const region = screen.getByRole('region', { name: 'Deploy front-end' });
    const grid = within(region).getByRole('treegrid', { name: 'Deploy front-end' });
    expect(grid.tagName).toBe('TABLE');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Name', 'Kind', 'Namespace', 'Status', 'Details']);
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => {
        const [name, kind] = within(row).getAllByRole('gridcell');
        return [row.getAttribute('aria-level'), name?.textContent, kind?.textContent];
      }),
    ).toEqual([
      ['1', 'front-end', 'Deployment'],
      ['2', 'front-end-5d4f', 'ReplicaSet'],
      ['3', 'front-end-5d4f-a1', 'Pod'],
      ['3', 'front-end-5d4f-b2', 'Pod'],
      ['1', 'front-end', 'Service'],
    ]);
  });

  it('links top-level names to the object drawer through the URL; children are plain text', async () => {
    const user = userEvent.setup();
    renderObjects({ Steps: [objectStep()] });
    const grid = screen.getByRole('treegrid', { name: 'Deploy front-end' });

    const links = within(grid).getAllByRole('link', { name: 'front-end' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/deployments/Deployments-1?tab=kubernetes&object=front-end-deploy%3Auuid-deployment',
      '/deployments/Deployments-1?tab=kubernetes&object=front-end-deploy%3Auuid-service',
    ]);
    expect(within(grid).queryByRole('link', { name: 'front-end-5d4f' })).toBeNull();
    expect(within(grid).queryByRole('link', { name: 'front-end-5d4f-a1' })).toBeNull();
    expect(within(grid).getByText('front-end-5d4f-a1')).toBeInTheDocument();

    await user.click(present(links[0]));
    // Opening a drawer replaces the history entry rather than adding one.
    expect(url()).toBe('REPLACE ?tab=kubernetes&object=front-end-deploy%3Auuid-deployment');
    expect(rowOf(grid, 'front-end-5d4f').getAttribute('aria-current')).toBeNull();
    expect(present(within(grid).getAllByRole('row')[1])).toHaveAttribute('aria-current', 'true');
  });

  it('opens the drawer from the keyboard: Enter on a top-level row', async () => {
    const user = userEvent.setup();
    renderObjects({ Steps: [objectStep()] });
    const grid = screen.getByRole('treegrid', { name: 'Deploy front-end' });

    // The row is the grid's one tab stop.
    const first = present(within(grid).getAllByRole('row')[1]);
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{End}{Enter}');
    expect(url()).toBe('REPLACE ?tab=kubernetes&object=front-end-deploy%3Auuid-service');
  });

  it("shows each status as icon and text, and each kind's own columns", () => {
    renderObjects({ Steps: [objectStep()] });
    const grid = screen.getByRole('treegrid', { name: 'Deploy front-end' });

    const pod = rowOf(grid, 'front-end-5d4f-b2');
    expect(within(pod).getByText('Error')).toBeInTheDocument();
    expect(definitionOf('Pod status', pod)).toHaveTextContent('ImagePullBackOff');
    expect(definitionOf('Restarts', pod)).toHaveTextContent('4');
    const replicaSet = rowOf(grid, 'front-end-5d4f');
    expect(within(replicaSet).getByText('In progress')).toBeInTheDocument();
    expect(definitionOf('Desired', replicaSet)).toHaveTextContent('3');
    // The Deployment and the Service are both named front-end, in that order.
    const [deployment, service] = within(grid)
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('link', { name: 'front-end' }));
    expect(definitionOf('Up-to-date', present(deployment))).toHaveTextContent('1');
    expect(within(present(service)).getByText('Success')).toBeInTheDocument();
    expect(definitionOf('External IP', present(service))).toHaveTextContent('none');
  });

  it('says Live while the step is live, and when its snapshot was taken after', () => {
    renderObjects({
      Steps: [
        objectStep({
          ActionId: 'config',
          StepName: 'Deploy config',
          Status: 'Successful',
          IsLive: false,
          SnapshotTakenAt: '2026-11-21T12:00:37.000Z',
          Resources: [
            stepObject({ Kind: 'ConfigMap', Name: 'config', Status: 'Successful', Data: {} }),
          ],
        }),
        objectStep(),
      ],
    });
    const config = screen.getByRole('region', { name: 'Deploy config' });
    expect(within(config).getByText(/^Snapshot taken at/)).toBeInTheDocument();
    expect(within(config).getByRole('button', { name: 'Success' })).toBeInTheDocument();
    expect(within(config).queryByText('Live')).toBeNull();
    const live = screen.getByRole('region', { name: 'Deploy front-end' });
    expect(within(live).getByText('Live')).toBeInTheDocument();
    expect(within(live).getByRole('button', { name: 'In progress' })).toBeInTheDocument();
    expect(within(live).queryByText(/Snapshot taken at/)).toBeNull();
  });

  it('says so for a step that does not verify its objects', () => {
    renderObjects({
      Steps: [
        objectStep({ VerifiesObjects: false, IsLive: false, Status: 'Successful', Resources: [] }),
      ],
    });
    const region = screen.getByRole('region', { name: 'Deploy front-end' });
    expect(within(region).getByText(/^This step does not verify objects/)).toBeInTheDocument();
    expect(within(region).queryByRole('treegrid')).toBeNull();
  });

  it('hides and shows the children of an object', async () => {
    const user = userEvent.setup();
    renderObjects({ Steps: [objectStep()] });
    const grid = screen.getByRole('treegrid', { name: 'Deploy front-end' });

    await user.click(within(grid).getByRole('button', { name: 'Collapse Deployment front-end' }));
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    expect(present(within(grid).getAllByRole('row')[1])).toHaveAttribute('aria-expanded', 'false');
    await user.click(within(grid).getByRole('button', { name: 'Expand Deployment front-end' }));
    expect(within(grid).getAllByRole('row')).toHaveLength(6);
  });
});

describe('polling the Kubernetes tab', () => {
  it('updates rows in place', () => {
    const first = objectStep();
    const { update } = renderObjects({ Steps: [first] });
    const grid = screen.getByRole('treegrid', { name: 'Deploy front-end' });
    const deploymentRow = present(within(grid).getAllByRole('row')[1]);
    const podRow = rowOf(grid, 'front-end-5d4f-a1');
    expect(within(deploymentRow).getByText('In progress')).toBeInTheDocument();

    const [deployment, service] = first.Resources as [StepObject, StepObject];
    const done = { UpToDate: 3, Ready: '3/3', Available: 3 };
    update({
      Steps: [
        { ...first, Resources: [{ ...deployment, Status: 'Successful', Data: done }, service] },
      ],
    });

    expect(screen.getByRole('treegrid', { name: 'Deploy front-end' })).toBe(grid);
    expect(within(grid).getAllByRole('row')[1]).toBe(deploymentRow);
    expect(within(deploymentRow).getByText('Success')).toBeInTheDocument();
    expect(definitionOf('Ready', deploymentRow)).toHaveTextContent('3/3');
    expect(rowOf(grid, 'front-end-5d4f-a1')).toBe(podRow);
  });

  it('renders only the rows in view of a big step, and says how many there are', () => {
    // jsdom lays nothing out: give rows the height a browser would.
    vi.spyOn(HTMLTableRowElement.prototype, 'offsetHeight', 'get').mockReturnValue(41);
    const many = Array.from({ length: 250 }, (_, index) =>
      stepObject({ Uuid: `uuid-${index}`, Kind: 'ConfigMap', Name: `config-${index}`, Data: {} }),
    );
    renderObjects({ Steps: [objectStep({ Resources: many })] });
    const grid = screen.getByRole('treegrid', { name: 'Deploy front-end' });
    expect(grid).toHaveAttribute('aria-rowcount', '251');
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
  });
});

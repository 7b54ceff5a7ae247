import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../../mocks/server/node';
import { apiPaths, applicationLiveStatusSchema, resourceManifestSchema } from '../../api/contract';
import { TooltipProvider } from '../../components/tooltip/tooltip-provider';
import { withoutObjectDrawerParams } from '../../config/object-drawer-params';
import {
  formatObjectRef,
  OBJECT_SEARCH_PARAM,
  parseObjectRef,
} from '../../config/object-search-param';
import { buildObjectTree } from '../../lib/object-tree';
import { ObjectDrawer } from './object-drawer';

// Monaco cannot run in jsdom: the app's own loader gives a double whose editors are textareas.
vi.mock('../../components/yaml-viewer/monaco-loader', async () => {
  const { createFakeMonacoAdapter } =
    await import('../../components/yaml-viewer/testing/fake-monaco-adapter');
  const adapter = createFakeMonacoAdapter();
  return { loadMonaco: vi.fn(() => Promise.resolve(adapter)) };
});

configure({ asyncUtilTimeout: 5_000 });

const SPACE = 'Spaces-1';
const PRODUCTION = 'Environments-4';
const projects = { frontEnd: 'Projects-1', carts: 'Projects-2', payment: 'Projects-5' };

let simulated = createTestServer();
afterEach(() => {
  simulated.server.close();
});

function serve() {
  simulated = createTestServer();
  simulated.server.listen({ onUnhandledRequest: 'error' });
  return simulated;
}

/** The `?object=` reference of a project's first object of a kind in Production. */
function refOf(projectId: string, kind: string) {
  const live = simulated.simulation.applicationLiveStatus(
    { projectId, environmentId: PRODUCTION, tenantId: null },
    false,
  );
  if (!live.ok) throw new Error(`No ${projectId} in Production`);
  const found = buildObjectTree(applicationLiveStatusSchema.parse(live.body)).objects.find(
    ({ resource, ref }) => resource.Kind === kind && ref !== null,
  );
  if (!found?.ref) throw new Error(`No ${kind} in ${projectId}`);
  return formatObjectRef(found.ref);
}

/** The manifests the simulated server sends for an object, as the client reads them. */
function manifestOf(projectId: string, ref: string) {
  const ids = parseObjectRef(ref);
  if (!ids) throw new Error(`Not an object reference: ${ref}`);
  const manifest = simulated.simulation.manifest({
    projectId,
    environmentId: PRODUCTION,
    tenantId: null,
    ...ids,
  });
  if (!manifest.ok) throw new Error('no manifest');
  return { body: manifest.body, ...resourceManifestSchema.parse(manifest.body) };
}

function Page({ projectId }: { projectId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const ref = parseObjectRef(searchParams.get(OBJECT_SEARCH_PARAM));
  if (!ref) return null;
  return (
    <ObjectDrawer
      target={{
        kind: 'live',
        spaceId: SPACE,
        projectId,
        environmentId: PRODUCTION,
        tenantId: null,
        ...ref,
      }}
      onClose={() =>
        setSearchParams(
          (previous) => {
            const next = withoutObjectDrawerParams(previous);
            next.delete(OBJECT_SEARCH_PARAM);
            return next;
          },
          { replace: true },
        )
      }
    />
  );
}

/** The drawer of `ref`, opened by the URL on its Manifest tab with `extra` parameters. */
async function openManifest(projectId: string, ref: string, extra = '') {
  const search = `?${OBJECT_SEARCH_PARAM}=${encodeURIComponent(ref)}&objectTab=manifest${extra}`;
  const router = createMemoryRouter([{ path: '/', element: <Page projectId={projectId} /> }], {
    initialEntries: [`/${search}`],
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>,
  );
  const dialog = await screen.findByRole('dialog');
  const params = () => new URLSearchParams(router.state.location.search);
  return { dialog, router, params };
}

async function diffSides(dialog: HTMLElement, objectTitle: string) {
  const live = await within(dialog).findByRole<HTMLTextAreaElement>('textbox', {
    name: `Live manifest of ${objectTitle}`,
  });
  const applied = within(dialog).getByRole<HTMLTextAreaElement>('textbox', {
    name: `Applied manifest of ${objectTitle}`,
  });
  return { applied, live };
}

/** The lines of `right` that are not the line at the same place in `left`. */
function linesNotIn(left: string, right: string): string[] {
  const leftLines = left.split('\n');
  return right.split('\n').filter((line, index) => line !== leftLines[index]);
}

const SERVER_SET = [/^ {2}uid:/m, /^ {2}resourceVersion:/m, /^ {2}generation:/m, /^status:/m];

describe('the Manifest tab’s diff: only the fields that were applied, by default', () => {
  it('payment scaled by hand: the live side has replicas 3 and nothing the cluster set', async () => {
    serve();
    const { dialog, params } = await openManifest(
      projects.payment,
      refOf(projects.payment, 'Deployment'),
      '&objectDiff=1',
    );
    const { applied, live } = await diffSides(dialog, 'Deployment payment');

    expect(live.value).toMatch(/^ {2}replicas: 3$/m);
    for (const field of SERVER_SET) expect(live.value).not.toMatch(field);
    expect(live.value).not.toContain('progressDeadlineSeconds');
    expect(live.value).not.toContain('deployment.kubernetes.io/revision');
    // The two sides line up: the one drifted field is the only line that differs.
    expect(linesNotIn(applied.value, live.value)).toEqual(['  replicas: 3']);
    expect(linesNotIn(live.value, applied.value)).toEqual(['  replicas: 2']);

    expect(
      within(dialog).getByText(
        'Only the fields that were applied: fields the cluster sets are hidden.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/1 applied field differs: spec\.replicas \(applied 2, live 3\)/),
    ).toBeInTheDocument();
    expect(
      await within(dialog).findByText(
        'Line by line: 1 change (1 line on the applied side, 1 line on the live side).',
      ),
    ).toBeInTheDocument();
    expect(params().has('objectServerFields')).toBe(false);
  });

  it('Show server-set fields brings every live field back, in the URL with replace navigation', async () => {
    serve();
    const user = userEvent.setup();
    const { dialog, router, params } = await openManifest(
      projects.payment,
      refOf(projects.payment, 'Deployment'),
      '&objectDiff=1',
    );
    const { live } = await diffSides(dialog, 'Deployment payment');
    const serverFields = within(dialog).getByRole('switch', { name: 'Show server-set fields' });
    expect(serverFields).toHaveAttribute('aria-checked', 'false');
    expect(serverFields).toHaveAccessibleDescription(/^Only the fields that were applied/);

    await user.click(serverFields);
    expect(params().get('objectServerFields')).toBe('1');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(serverFields).toHaveAttribute('aria-checked', 'true');
    expect(serverFields).toHaveAccessibleDescription(
      'Every field of the live object, including those the cluster sets.',
    );
    expect(live.value).toMatch(/^ {2}replicas: 3$/m);
    for (const field of SERVER_SET) expect(live.value).toMatch(field);
    // The summary still names only the applied field that differs.
    expect(
      within(dialog).getByText(/1 applied field differs: spec\.replicas \(applied 2, live 3\)/),
    ).toBeInTheDocument();

    await user.click(serverFields);
    expect(params().has('objectServerFields')).toBe(false);
    expect(live.value).not.toMatch(/^status:/m);
  });

  it('opens with server-set fields from the URL, and closing the drawer forgets them', async () => {
    serve();
    const { dialog, params } = await openManifest(
      projects.payment,
      refOf(projects.payment, 'Deployment'),
      '&objectDiff=1&objectServerFields=1',
    );
    const { live } = await diffSides(dialog, 'Deployment payment');
    expect(live.value).toMatch(/^ {2}uid: /m);
    expect(within(dialog).getByRole('switch', { name: 'Show server-set fields' })).toHaveAttribute(
      'aria-checked',
      'true',
    );

    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(params().has('objectServerFields')).toBe(false);
    expect(params().has(OBJECT_SEARCH_PARAM)).toBe(false);
  });

  it('is disabled, saying why, without a diff: Show diff off, or nothing applied', async () => {
    serve();
    const { dialog } = await openManifest(projects.payment, refOf(projects.payment, 'Deployment'));
    await within(dialog).findByRole('textbox', { name: 'Live manifest of Deployment payment' });
    const serverFields = within(dialog).getByRole('switch', { name: 'Show server-set fields' });
    expect(serverFields).toBeDisabled();
    expect(serverFields).toHaveAccessibleDescription(/^Turn on Show diff first/);
  });

  it('is disabled for a child, which nobody applied', async () => {
    serve();
    const { dialog } = await openManifest(
      projects.carts,
      refOf(projects.carts, 'ReplicaSet'),
      '&objectDiff=1',
    );
    const serverFields = await within(dialog).findByRole('switch', {
      name: 'Show server-set fields',
    });
    expect(serverFields).toBeDisabled();
    expect(serverFields).toHaveAccessibleDescription(/Octopus did not apply this ReplicaSet/);
  });

  it('falls back to every field, saying so, when the live manifest is not YAML', async () => {
    serve();
    const ref = refOf(projects.payment, 'Deployment');
    const { body } = manifestOf(projects.payment, ref);
    const broken = 'apiVersion: apps/v1\nkind: Deployment\nspec: [unclosed\n';
    simulated.server.use(
      http.get(`*${apiPaths.untenantedManifest}`, () =>
        HttpResponse.json({ ...body, LiveManifest: broken, Diff: null }),
      ),
    );
    const { dialog } = await openManifest(projects.payment, ref, '&objectDiff=1');
    const { live } = await diffSides(dialog, 'Deployment payment');
    expect(live.value).toBe(broken);
    expect(
      within(dialog).getByText(
        /Every field of the live object, including those the cluster sets\. Fields the cluster sets could not be hidden: the manifests could not be read as one YAML object each\./,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/could not be compared field by field/)).toBeInTheDocument();
  });
});

describe('the Manifest tab’s diff of a Secret never shows a value', () => {
  const VALUES = ['sooper-secret-production-session', 'md.sid-production-0b6f1c', 'rotated-7f3a'];

  it('in only the applied fields, nor with every field', async () => {
    serve();
    const user = userEvent.setup();
    const ref = refOf(projects.frontEnd, 'Secret');
    const { body, LiveManifest } = manifestOf(projects.frontEnd, ref);
    if (LiveManifest === null) throw new Error('no live manifest');
    // Rotated by hand, and annotated with the whole object by kubectl, values and all.
    const live = LiveManifest.replace(btoa(VALUES[0] ?? ''), btoa(VALUES[2] ?? '')).replace(
      'metadata:\n',
      `metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '{"data":{"session-secret":"${btoa(VALUES[0] ?? '')}"}}'\n`,
    );
    simulated.server.use(
      http.get(`*${apiPaths.untenantedManifest}`, () =>
        HttpResponse.json({ ...body, LiveManifest: live, Diff: null }),
      ),
    );
    const { dialog } = await openManifest(projects.frontEnd, ref, '&objectDiff=1');
    const sides = await diffSides(dialog, 'Secret front-end-session');
    const expectNoValue = () => {
      const text = [document.body.innerHTML, sides.applied.value, sides.live.value].join('\n');
      for (const value of VALUES) {
        expect(text).not.toContain(value);
        expect(text).not.toContain(btoa(value));
      }
    };

    expect(sides.live.value).toContain('session-secret: •••••••• (changed)');
    expect(sides.live.value).toContain('cookie-key: ••••••••\n');
    expect(sides.live.value).not.toContain('last-applied-configuration');
    expect(linesNotIn(sides.applied.value, sides.live.value)).toEqual([
      '  session-secret: •••••••• (changed)',
    ]);
    expectNoValue();

    await user.click(within(dialog).getByRole('switch', { name: 'Show server-set fields' }));
    expect(sides.live.value).toContain('last-applied-configuration: ••••••••');
    expect(sides.live.value).toContain('session-secret: •••••••• (changed)');
    expectNoValue();
  });
});

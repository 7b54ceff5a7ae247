import type { SimResult } from './simulation';
import type { World } from '../worlds/world';

/*
 * The server-wide resources of the simulated server, in the shapes a real Octopus Server sends:
 * the API root (`RootResource`) and the paged list of spaces (`ResourceCollection<SpaceResource>`),
 * as OctopusDeploy/OctopusClients Model/RootResource.cs, SpaceResource.cs, ResourceCollection.cs
 * and the REST reference (OctopusDeploy/docs api/_generated/home.md, spaces.md) give them.
 */

/** The version the simulated server reports: live status needs 2025.3 or later. */
export const simulatedServerVersion = '2025.4.1234';
/** A fixed installation id, so every run of the simulated server is the same server. */
export const simulatedInstallationId = '6f1c2b7e-3d4a-4c8e-9b5f-0a7d2e6c41b9';

/** A real server's default page size for lists. */
const defaultTake = 30;
/** `int.MaxValue`: what clients send as `take` to mean "every item" (`Page.All` uses it too). */
const takeAll = 2147483647;

interface SpaceResource {
  Id: string;
  Name: string;
  Slug: string;
  Description: string | null;
  IsDefault: boolean;
  IsPrivate: boolean;
  TaskQueueStopped: boolean;
  SpaceManagersTeams: string[];
  SpaceManagersTeamMembers: string[];
  Icon: null;
  ExtensionSettings: unknown[];
  Links: Record<string, string>;
}

interface ResourceCollection<T> {
  ItemType: string;
  TotalResults: number;
  ItemsPerPage: number;
  NumberOfPages: number;
  LastPageNumber: number;
  Items: T[];
  Links: Record<string, string>;
}

/** `GET /api`. Links name only what the simulated server serves. */
export function apiRoot(world: World) {
  const spaceId = world.space.id;
  return {
    Application: 'Octopus Deploy',
    Version: simulatedServerVersion,
    ApiVersion: '3.0.0',
    InstallationId: simulatedInstallationId,
    HasLongTermSupport: true,
    Links: {
      Self: '/api',
      Spaces: '/api/spaces{/id}{?name,skip,ids,take,partialName}',
      Dashboard: `/api/${spaceId}/dashboard{?projectId,releaseId,selectedTenants,selectedTags,showAll,highestLatestVersionPerProjectAndEnvironment}`,
    },
  };
}

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The world's one space as `GET /api/spaces` lists it (`SpaceResource`). */
export function spaceResource(world: World): SpaceResource {
  const id = world.space.id;
  return {
    Id: id,
    Name: world.space.name,
    Slug: slugOf(world.space.name),
    Description: null,
    IsDefault: true,
    IsPrivate: false,
    TaskQueueStopped: false,
    SpaceManagersTeams: ['teams-administrators', 'teams-managers', `teams-spacemanagers-${id}`],
    SpaceManagersTeamMembers: [],
    Icon: null,
    ExtensionSettings: [],
    Links: {
      Self: `/api/spaces/${id}`,
      SpaceHome: `/api/${id}`,
      Web: `/app#/spaces/${id}`,
      Logo: `/api/spaces/${id}/logo?cb=${simulatedServerVersion}`,
      Search: `/api/spaces/${id}/search`,
    },
  };
}

/** A query-string count (`skip`, `take`): absent gives the fallback, anything but 0+ is invalid. */
function count(search: URLSearchParams, name: string, fallback: number): number | undefined {
  const text = search.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** `ids` as a real server reads it: repeated, comma-separated, or both. */
const idsOf = (search: URLSearchParams) =>
  search
    .getAll('ids')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');

/**
 * `GET /api/spaces{?name,skip,ids,take,partialName}`: the spaces sorted by name, filtered by
 * `partialName` ("contains", any case), `name` (exact, any case) and `ids`, then paged.
 */
export function spacesPage(
  world: World,
  search: URLSearchParams,
): SimResult<ResourceCollection<SpaceResource>> {
  const skip = count(search, 'skip', 0);
  const take = count(search, 'take', defaultTake);
  if (skip === undefined || take === undefined) {
    return { ok: false, status: 400, message: 'skip and take must be whole numbers, 0 or more.' };
  }
  const partialName = search.get('partialName')?.toLowerCase() ?? '';
  const name = search.get('name')?.toLowerCase() ?? '';
  const ids = idsOf(search);
  const matching = [spaceResource(world)]
    .filter((space) => space.Name.toLowerCase().includes(partialName))
    .filter((space) => name === '' || space.Name.toLowerCase() === name)
    .filter((space) => ids.length === 0 || ids.includes(space.Id))
    .sort((a, b) => a.Name.localeCompare(b.Name));
  const total = matching.length;
  const pages = take === 0 ? 0 : Math.ceil(total / take);
  const lastPage = Math.max(pages - 1, 0);

  const filters = new URLSearchParams();
  if (partialName !== '') filters.set('partialName', search.get('partialName') ?? '');
  if (name !== '') filters.set('name', search.get('name') ?? '');
  if (ids.length > 0) filters.set('ids', ids.join(','));
  const page = (pageSkip: number, pageTake: number) => {
    const query = new URLSearchParams({ skip: String(pageSkip), take: String(pageTake) });
    for (const [key, value] of filters) query.set(key, value);
    return `/api/spaces?${query.toString()}`;
  };
  const links: Record<string, string> = {
    Self: page(skip, take),
    Template: '/api/spaces{?name,skip,ids,take,partialName}',
    'Page.All': page(0, takeAll),
    'Page.Current': page(skip, take),
    'Page.Last': page(lastPage * take, take),
  };
  if (take > 0 && skip + take < total) links['Page.Next'] = page(skip + take, take);

  return {
    ok: true,
    body: {
      ItemType: 'Space',
      TotalResults: total,
      ItemsPerPage: take,
      NumberOfPages: pages,
      LastPageNumber: lastPage,
      Items: matching.slice(skip, skip + take),
      Links: links,
    },
  };
}

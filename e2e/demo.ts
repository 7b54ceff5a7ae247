/**
 * What the journeys know of the demo world: its landmarks (the applications its story is told
 * through, with their ids) and the app's own URL builders, so no journey types an id or a URL.
 */
export { absentIds, demo } from '../mocks/worlds/demo/landmarks';
export { paths } from '../src/config/paths';

/**
 * The part of the benchmark that runs in the page, installed before any of the page's own
 * scripts. It takes every time inside the page, with `performance.now()`, so that no round trip
 * to Playwright lands in a measurement.
 *
 * A measurement starts at a navigation (time 0), at an input event (its `timeStamp`), or at the
 * end of the response the bench server marked with a generation (`Server-Timing: bench;
 * desc="gen-N"`, read from Resource Timing). It ends after the first frame in which the page
 * shows the expected change: a `requestAnimationFrame` loop checks the change before each frame,
 * and a MessageChannel message posted from the frame that first shows it runs once that frame
 * has been painted.
 *
 * The harness does not pass this function to Playwright: it is compiled from this file's text
 * with TypeScript and injected as a script (see harness.ts), so nothing the harness's own
 * runtime adds to functions reaches the page.
 */

/** What the page should show for a measurement to end. */
export type Predicate =
  /** The dashboard: cell links on screen, none of them still loading its live status. */
  | { type: 'cells-loaded' }
  /** The dashboard in a mode: the Live status switch says so, and the cells on screen link there. */
  | { type: 'cells-mode'; live: boolean }
  /** A tree grid (by its accessible name) with at least `min` rows of data on screen. */
  | { type: 'rows-in-view'; grid: string; min: number }
  /** A tree grid's `aria-rowcount`. */
  | { type: 'row-count'; grid: string; equals?: number; notEquals?: number }
  /** The rows of these objects (by name) that are in the page all show `text`, or none does. */
  | { type: 'rows-show'; grid: string; names: string[]; text: string; shown: boolean }
  /** The first element matching `selector` has this text. */
  | { type: 'text'; selector: string; includes: string }
  | { type: 'all'; of: Predicate[] };

export type Start =
  | { type: 'navigation' }
  /** The next pointerdown or keydown after arming. */
  | { type: 'input' }
  /** The end of the first response marked with this generation. */
  | { type: 'response'; generation: number };

export interface Measurement {
  /** ms since navigation start. */
  start: number;
  /** ms since navigation start: after the frame that first showed the change. */
  end: number;
  /** The longest task that overlapped [start, end], in ms (0 if none over 50 ms). */
  longestTask: number;
  /** First contentful paint of this document, when there was one. */
  firstContentfulPaint: number | null;
}

export interface ProbeApi {
  /** Starts a measurement; `result()` resolves when it ends. */
  arm: (start: Start, predicate: Predicate) => void;
  result: () => Promise<Measurement>;
  /** Whether the page shows this now. */
  check: (predicate: Predicate) => boolean;
  /** Resolves once the page shows this (untimed; polls every 50 ms), rejects after `timeout`. */
  until: (predicate: Predicate, timeout: number) => Promise<void>;
  /** Every long task seen so far: [start, duration] in ms. */
  longTasks: () => [number, number][];
}

export interface ProbeConfig {
  /** Measure from navigation start to this. */
  navigation: Predicate | null;
}

declare global {
  interface Window {
    __bench?: ProbeApi;
  }
}

export function installProbe(config: ProbeConfig): void {
  if (window.__bench) return;
  // Every poll leaves an entry; the default buffer (250) would fill within minutes.
  performance.setResourceTimingBufferSize(100_000);

  const longTasks: [number, number][] = [];
  let longTaskObserver: PerformanceObserver | null = null;
  try {
    longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
    });
    longTaskObserver.observe({ type: 'longtask', buffered: true });
  } catch {
    longTaskObserver = null;
  }
  const allLongTasks = () => {
    for (const entry of longTaskObserver?.takeRecords() ?? [])
      longTasks.push([entry.startTime, entry.duration]);
    return longTasks;
  };

  const accessibleName = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label !== null) return label.trim();
    const ids = element.getAttribute('aria-labelledby');
    // Roles such as button and switch take their name from their content.
    if (ids === null) return element.textContent.trim();
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent.trim() ?? '')
      .join(' ')
      .trim();
  };
  const inView = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return (
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < window.innerHeight &&
      rect.left < window.innerWidth
    );
  };
  const grid = (name: string) =>
    Array.from(document.querySelectorAll('[role="treegrid"]')).find(
      (element) => accessibleName(element) === name,
    );
  const dataRows = (table: Element) =>
    Array.from(table.querySelectorAll('[role="row"]')).filter(
      (row) => row.closest('thead') === null && row.getAttribute('aria-rowindex') !== '1',
    );
  const cellLinks = () =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('table a[aria-label]')).filter((link) =>
      / in .+: /.test(link.getAttribute('aria-label') ?? ''),
    );
  /** A row's object name: a leaf element whose whole text is one of `names`. */
  const rowName = (row: Element, names: ReadonlySet<string>) => {
    for (const element of Array.from(row.querySelectorAll('*'))) {
      if (element.childElementCount !== 0) continue;
      const text = element.textContent.trim();
      if (names.has(text)) return text;
    }
    return null;
  };

  const check = (predicate: Predicate): boolean => {
    switch (predicate.type) {
      case 'all':
        return predicate.of.every(check);
      case 'cells-loaded': {
        const shown = cellLinks().filter(inView);
        return (
          shown.length > 0 &&
          shown.every(
            (link) => !(link.getAttribute('aria-label') ?? '').endsWith(': Loading live status'),
          )
        );
      }
      case 'cells-mode': {
        const toggle = Array.from(document.querySelectorAll('[role="switch"]')).find(
          (element) => accessibleName(element) === 'Live status',
        );
        if (toggle?.getAttribute('aria-checked') !== String(predicate.live)) return false;
        const shown = cellLinks().filter(inView);
        const target = predicate.live ? '/projects/' : '/deployments/';
        return (
          shown.length > 0 && shown.every((link) => link.getAttribute('href')?.includes(target))
        );
      }
      case 'rows-in-view': {
        const table = grid(predicate.grid);
        return table !== undefined && dataRows(table).filter(inView).length >= predicate.min;
      }
      case 'row-count': {
        const count = Number(grid(predicate.grid)?.getAttribute('aria-rowcount') ?? NaN);
        if (Number.isNaN(count)) return false;
        if (predicate.equals !== undefined && count !== predicate.equals) return false;
        return predicate.notEquals === undefined || count !== predicate.notEquals;
      }
      case 'rows-show': {
        const table = grid(predicate.grid);
        if (!table) return false;
        const names = new Set(predicate.names);
        const rows = dataRows(table).filter((row) => rowName(row, names) !== null);
        return (
          rows.length > 0 &&
          rows.every((row) => row.textContent.includes(predicate.text) === predicate.shown)
        );
      }
      case 'text':
        return (
          document.querySelector(predicate.selector)?.textContent.includes(predicate.includes) ??
          false
        );
    }
  };

  const firstContentfulPaint = () =>
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  /** Paint entries arrive a little after their frame: wait for it (a page may never paint). */
  const paintReported = new Promise<void>((resolve) => {
    try {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) resolve();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      resolve();
    }
  });
  const settleFirstPaint = () =>
    Promise.race([paintReported, new Promise<void>((resolve) => setTimeout(resolve, 2_000))]);

  /** The end of the first response marked with `generation`, from Resource Timing. */
  const responseEnd = (generation: number) => {
    const description = `gen-${String(generation)}`;
    const ends = performance
      .getEntriesByType('resource')
      .filter(
        (entry): entry is PerformanceResourceTiming =>
          entry instanceof PerformanceResourceTiming &&
          entry.serverTiming.some(
            (timing) => timing.name === 'bench' && timing.description === description,
          ),
      )
      .map((entry) => entry.responseEnd);
    return ends.length > 0 ? Math.min(...ends) : null;
  };

  interface Armed {
    start: Start;
    predicate: Predicate;
    startedAt: number | null;
    resolve: (measurement: Measurement) => void;
    reject: (error: Error) => void;
  }
  let armed: Armed | null = null;
  let pending: Promise<Measurement> = Promise.reject(new Error('Nothing was measured.'));
  pending.catch(() => undefined);
  let looping = false;

  const finish = (current: Armed, end: number) => {
    let start = current.startedAt ?? 0;
    if (current.start.type === 'response') {
      const found = responseEnd(current.start.generation);
      if (found === null) {
        current.reject(
          new Error(`No response marked gen-${String(current.start.generation)} was seen.`),
        );
        return;
      }
      start = found;
    }
    const longestTask = Math.max(
      0,
      ...allLongTasks()
        .filter(([taskStart, duration]) => taskStart < end && taskStart + duration > start)
        .map(([, duration]) => duration),
    );
    void settleFirstPaint().then(() => {
      current.resolve({ start, end, longestTask, firstContentfulPaint: firstContentfulPaint() });
    });
  };

  const frame = () => {
    looping = false;
    const current = armed;
    if (!current) return;
    if (!check(current.predicate)) {
      loop();
      return;
    }
    armed = null;
    // A message posted from this frame's callbacks runs once the frame has been painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      finish(current, performance.now());
    };
    channel.port2.postMessage(null);
  };
  const loop = () => {
    if (looping) return;
    looping = true;
    requestAnimationFrame(frame);
  };

  const onInput = (event: Event) => {
    if (armed?.start.type !== 'input' || armed.startedAt !== null) return;
    armed.startedAt = event.timeStamp;
    loop();
  };
  window.addEventListener('pointerdown', onInput, { capture: true });
  window.addEventListener('keydown', onInput, { capture: true });

  const arm = (start: Start, predicate: Predicate) => {
    pending = new Promise<Measurement>((resolve, reject) => {
      armed = {
        start,
        predicate,
        startedAt: start.type === 'navigation' ? 0 : null,
        resolve,
        reject,
      };
    });
    pending.catch(() => undefined);
    if (start.type !== 'input') loop();
  };

  const until = (predicate: Predicate, timeout: number) =>
    new Promise<void>((resolve, reject) => {
      const deadline = performance.now() + timeout;
      const poll = () => {
        if (check(predicate)) resolve();
        else if (performance.now() > deadline)
          reject(new Error(`Timed out waiting for ${JSON.stringify(predicate)}`));
        else setTimeout(poll, 50);
      };
      poll();
    });

  window.__bench = {
    arm,
    result: () => pending,
    check,
    until,
    longTasks: () => allLongTasks().slice(),
  };
  if (config.navigation) arm({ type: 'navigation' }, config.navigation);
}

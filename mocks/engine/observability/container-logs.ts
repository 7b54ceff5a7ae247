import type { LogLineBody, MonitorErrorBody } from '../../../src/api/contract';
import { isKind } from '../../kubernetes/types';
import type { LiveNode } from '../cluster/live-node';
import type { Timestamps } from '../cluster/object-meta';
import { createRandom, hashString, randomFor } from '../random';
import type { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';
import { POD_TIMING } from './object-events';

/** Like `kubectl logs --tail=10000`: older lines are dropped. */
export const MAX_LOG_LINES = 10_000;

interface Flavour {
  /** How the program writes a line: its own timestamp, level, and so on. */
  format: (at: string, text: string) => string;
  /** Startup lines, `pace` ms apart from the container's start. */
  banner: readonly string[];
  pace: number;
  /** Then one line every `every` ms on average (±50 % per container); null: nothing more. */
  every: number | null;
  line: (random: () => number) => string;
}

const JAVA = new Set(['carts', 'orders', 'shipping', 'queue-master']);
const GO = new Set(['catalogue', 'payment', 'user']);
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const int = (random: () => number, below: number) => String(Math.floor(random() * below));
const pick = (items: readonly string[], random: () => number) =>
  items[Math.floor(random() * items.length)] ?? '';
const ip = (random: () => number) => `10.244.${int(random, 4)}.${int(random, 250)}`;
const springTime = (at: string) => `${at.slice(0, 10)} ${at.slice(11, 23)}`;
const PATHS = '/ /catalogue?size=6 /catalogue/size /cart /card /customers/57a98d9'.split(' ');
const SAVES = [
  '1 changes in 3600 seconds. Saving...',
  'Background saving started by pid 23',
  'DB saved on disk',
  'Background saving terminated with success',
];

/** "docker.io/library/redis:6.0.5" -> redis, 6.0.5. */
function imageParts(image: string) {
  const bare = image.split('@')[0] ?? image;
  const colon = bare.lastIndexOf(':');
  const tagged = colon > bare.lastIndexOf('/');
  const path = tagged ? bare.slice(0, colon) : bare;
  const version = tagged ? bare.slice(colon + 1) : 'latest';
  return { repo: path.slice(path.lastIndexOf('/') + 1), version };
}

/** What a container's image logs, from the repository name and tag. */
function flavourOf(repo: string, version: string, podName: string): Flavour {
  const make = (
    format: Flavour['format'] | null,
    [pace, every]: readonly [number, number | null],
    line: Flavour['line'],
    ...banner: string[]
  ): Flavour => ({ format: format ?? ((_at, text) => text), banner, pace, every, line });
  if (JAVA.has(repo)) {
    const app = `${repo.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase())}Application`;
    const main = `[           main] works.weave.socks.${repo.replace('-', '')}.${app} :`;
    const tomcat = '[           main] o.s.b.w.embedded.tomcat.TomcatWebServer :';
    return make(
      (at, text) => `${springTime(at)}  INFO 1 --- ${text}`,
      [1600, seconds(8)],
      (r) =>
        `[nio-80-exec-${int(r, 10)}] w.w.s.${repo}.controllers.HealthCheckController : Health check: database status=OK took=${int(r, 9)}ms`,
      `${main} Starting ${app} v${version} on ${podName} with PID 1`,
      `${main} No active profile set, falling back to default profiles: default`,
      `${tomcat} Tomcat initialized with port(s): 80 (http)`,
      `[           main] org.mongodb.driver.cluster : Cluster created: ${repo}-db:27017`,
      `${tomcat} Tomcat started on port(s): 80 (http) with context path ''`,
      `${main} Started ${app} in 8.3 seconds (JVM running for 9.1)`,
    );
  }
  if (GO.has(repo)) {
    return make(
      (at, text) => `ts=${at} caller=${text}`,
      [300, seconds(5)],
      (r) => `logging.go:${int(r, 60)} method=Health result=2 took=${(5 + r() * 40).toFixed(3)}µs`,
      'main.go:97 transport=HTTP port=80',
      'main.go:102 msg="Database connection established"',
    );
  }
  if (repo === 'front-end') {
    return make(
      null,
      [400, seconds(3)],
      (r) => `GET ${pick(PATHS, r)} ${r() < 0.9 ? '200' : '304'} ${int(r, 60)}ms`,
      'Using local session manager',
      'App now running in production mode on port 8079',
    );
  }
  if (repo === 'mongo' || repo === 'user-db') {
    return make(
      (at, text) => `{"t":{"$date":"${at}"},"s":"I",  "c":"NETWORK", ${text}}`,
      [900, seconds(25)],
      (r) =>
        `"id":22943, "ctx":"listener","msg":"Connection accepted","attr":{"remote":"${ip(r)}:${int(r, 60000)}","connectionId":${int(r, 900)}}`,
      '"id":4615611, "ctx":"initandlisten","msg":"MongoDB starting"',
      '"id":23016, "ctx":"listener","msg":"Waiting for connections"',
    );
  }
  if (repo === 'catalogue-db') {
    return make(
      (at, text) => `${at} ${text}`,
      [1800, seconds(120)],
      (r) =>
        `${int(r, 900)} [Note] Aborted connection to db: 'socksdb' user: 'catalogue_user' host: '${ip(r)}' (Got an error reading communication packets)`,
      '0 [Note] mysqld (mysqld 5.7.22) starting as process 1 ...',
      '0 [Note] mysqld: ready for connections.',
    );
  }
  if (repo.includes('redis')) {
    return make(
      (at, text) =>
        `1:M ${at.slice(8, 10)} ${MONTHS[Number(at.slice(5, 7)) - 1] ?? ''} ${at.slice(0, 4)} ${at.slice(11, 23)} ${text}`,
      [300, seconds(60)],
      (r) => `* ${pick(SAVES, r)}`,
      '# oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '* Running mode=standalone, port=6379.',
      '* Ready to accept connections',
    );
  }
  if (repo === 'rabbitmq') {
    return make(
      null,
      [3200, seconds(40)],
      (r) =>
        `${r() < 0.5 ? 'accepting' : 'closing'} AMQP connection <0.${int(r, 900)}.0> (${ip(r)}:${int(r, 60000)} -> ${ip(r)}:5672)`,
      `Starting RabbitMQ ${version.split('-')[0] ?? version} on Erlang 19.3`,
      'Server startup complete; 6 plugins started.',
    );
  }
  if (repo === 'curl') {
    const retry = 'Warning: Problem : connection refused. Will retry in 1 seconds.';
    return make(
      null,
      [1100, null],
      () => '',
      `${retry} 5 retries left.`,
      `${retry} 4 retries left.`,
    );
  }
  return make(
    (at, text) => `time="${at}" level=info msg=${text}`,
    [500, seconds(10)],
    (r) =>
      `"request completed" method=GET path=/healthz status=200 duration=${(0.2 + r() * 3).toFixed(2)}ms`,
    `"Starting ${repo}" version=${version}`,
    '"Listening" addr=":8080"',
  );
}

const MONGO_FRAMES =
  'com.mongodb.internal.connection.SocketStream.open(SocketStream.java:70)|com.mongodb.internal.connection.InternalStreamConnection.open(InternalStreamConnection.java:143)|com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:117)';
const HEAP_FRAMES =
  'java.base/java.util.Arrays.copyOf(Arrays.java:3745)|java.base/java.util.ArrayList.grow(ArrayList.java:237)|{pkg}.cache.SessionCache.load(SessionCache.java:88)';

/** The exception a crash-looping container dies with, as the JVM prints it. */
function stackTrace(logTail: string, repo: string): string[] {
  const frames = /mongodb/i.test(logTail)
    ? MONGO_FRAMES
    : logTail.includes('OutOfMemoryError')
      ? HEAP_FRAMES
      : '{pkg}.Application.main(Application.java:42)';
  const pkg = `${JAVA.has(repo) ? 'works.weave.socks' : 'com.example'}.${repo.replace(/\W/g, '')}`;
  const lines = `${frames}|java.base/java.lang.Thread.run(Thread.java:829)`.split('|');
  return [logTail, ...lines.map((frame) => `\tat ${frame.replace('{pkg}', pkg)}`)];
}

/** One run of a container, from `start` until `end` (null: still running); a crash at `end`. */
interface Run {
  start: number;
  end: number | null;
  key: string;
  crash: (() => string[]) | null;
}

function runLines(run: Run, flavour: Flavour, rateKey: string, probe: TimeProbe, iso: Timestamps) {
  const { start, end, crash } = run;
  const limit = crash ? seconds(5) : Number.POSITIVE_INFINITY; // A crash comes early.
  const { banner: startup, pace, every } = flavour;
  const banner = startup.filter((_text, index) => {
    const at = start + index * pace;
    return at - start < limit && (end === null || at < end) && probe.reached(at);
  });
  // One periodic line per slot, at a random moment in it: counting them costs nothing.
  const slot = Math.round((every ?? 1) * (0.5 + randomFor(0, rateKey)()));
  const base = start + startup.length * pace + seconds(1);
  const seed = hashString(run.key);
  const random = (index: number) => createRandom(seed + Math.imul(index + 1, 0x9e3779b1));
  const timeOf = (index: number) => base + index * slot + Math.floor(random(index)() * slot * 0.9);
  const countBefore = (moment: number) => {
    if (moment <= base) return 0;
    const whole = Math.floor((moment - base) / slot);
    return whole + (timeOf(whole) < moment ? 1 : 0);
  };
  let periodic = 0;
  if (every !== null && !crash && probe.reached(base)) {
    if (end !== null && probe.reached(end)) periodic = countBefore(end);
    else {
      const whole = probe.periodsSince(base, slot);
      periodic = whole + (probe.reached(timeOf(whole)) ? 1 : 0);
    }
  }
  const tail = crash && end !== null && probe.reached(end) ? crash() : [];
  const total = banner.length + periodic + tail.length;
  const lines: LogLineBody[] = [];
  for (let index = Math.max(0, total - MAX_LOG_LINES); index < total; index++) {
    const text = banner[index];
    if (text !== undefined) {
      const at = iso(start + index * pace);
      lines.push({ Timestamp: at, Message: flavour.format(at, text) });
    } else if (index < banner.length + periodic) {
      const line = index - banner.length;
      const generator = random(line);
      const at = iso(base + line * slot + Math.floor(generator() * slot * 0.9));
      lines.push({ Timestamp: at, Message: flavour.format(at, flavour.line(generator)) });
    } else if (end !== null) {
      lines.push({ Timestamp: iso(end), Message: tail[index - banner.length - periodic] ?? '' });
    }
  }
  return lines;
}

/**
 * A container's log at the probe's moment, as `kubectl logs [--previous]` shows it, or the error
 * the kubelet answers with. Lines depend only on the Pod, the container and the moment.
 */
export function logsFor(
  pod: LiveNode,
  containerName: string,
  previous: boolean,
  probe: TimeProbe,
  iso: Timestamps,
): { lines: LogLineBody[] } | { error: MonitorErrorBody } {
  const { live, pod: facts, name } = pod;
  if (pod.kind !== 'Pod') {
    const Message = `${pod.kind} "${name}" is not a Pod: only Pods have container logs`;
    return { error: { ErrorCode: 'NotAPod', ErrorMessage: Message } };
  }
  if (live === null || !isKind(live, 'Pod') || facts === null) {
    return { error: { ErrorCode: 'PodNotFound', ErrorMessage: `pod "${name}" was not found` } };
  }
  const container = live.spec?.containers.find((candidate) => candidate.name === containerName);
  if (!container) {
    const Message = `container ${containerName} is not valid for pod ${name}`;
    return { error: { ErrorCode: 'ContainerNotFound', ErrorMessage: Message } };
  }
  const started = facts.createdAt + POD_TIMING.containerStartDelay;
  const { behaviour } = facts;
  const period = POD_TIMING.crashBackoffPeriod;
  const firstCrash = started + POD_TIMING.firstCrashAfter;
  const crashes =
    behaviour.kind === 'crash-loop' && probe.reached(firstCrash)
      ? 1 + probe.periodsSince(firstCrash, period)
      : 0;
  if (previous && crashes === 0) {
    const Message = `previous terminated container "${containerName}" in pod "${name}" not found`;
    return { error: { ErrorCode: 'PreviousContainerNotFound', ErrorMessage: Message } };
  }
  const waiting = !probe.reached(started)
    ? 'ContainerCreating'
    : behaviour.kind !== 'image-pull-backoff'
      ? null
      : probe.reached(started + POD_TIMING.imagePullErrorPeriod)
        ? 'ImagePullBackOff'
        : 'ErrImagePull';
  if (waiting !== null) {
    const Message = `container "${containerName}" in pod "${name}" is waiting to start: ${waiting}`;
    return { error: { ErrorCode: 'ContainerNotStarted', ErrorMessage: Message } };
  }

  const { repo, version } = imageParts(container.image ?? '');
  const flavour = flavourOf(repo, version, name);
  const rateKey = `${pod.uid ?? name}/${containerName}`;
  let run: Run = { start: started, end: facts.completesAt, key: rateKey, crash: null };
  if (behaviour.kind === 'crash-loop') {
    // Run n starts at `started + n * period` and dies 10 s later. The current container is the
    // latest run; the previous one is the last that died (the status' lastState).
    const index = previous ? crashes - 1 : probe.periodsSince(started, period);
    const start = started + index * period;
    const end = start + POD_TIMING.firstCrashAfter;
    const failed = `ERROR 1 --- [           main] o.s.boot.SpringApplication : Application run failed`;
    const crash = () => [
      ...(JAVA.has(repo) ? [`${springTime(iso(end))} ${failed}`] : []),
      ...stackTrace(behaviour.logTail, repo),
    ];
    run = { start, end, key: `${rateKey}#${String(index)}`, crash };
  }
  return { lines: runLines(run, flavour, rateKey, probe, iso) };
}

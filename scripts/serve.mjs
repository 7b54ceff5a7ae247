#!/usr/bin/env node
/**
 * `npm run serve`: Periscope in production, served by nginx with the configuration in
 * deploy/nginx/periscope.conf.template (the one the container uses), in the foreground.
 *
 *   OCTOPUS_URL=https://your.octopus.app OCTOPUS_API_KEY=API-XXXX npm run serve
 *
 * - Reads OCTOPUS_URL and OCTOPUS_API_KEY (also from .env and .env.local, as Vite does; the
 *   environment wins), PORT (default 8080), PERISCOPE_BASIC_AUTH_FILE (an htpasswd file: basic
 *   auth for everything but /healthz) and PERISCOPE_CA_FILE (the CA bundle for an https server).
 * - Builds the app into dist-serve/ when it is missing or older than the sources, with the
 *   simulated server left out (OCTOPUS_URL set at build time) and no API key or base URL in it.
 * - Renders the template into a private directory (PERISCOPE_NGINX_PREFIX, or a new temporary
 *   one removed on exit), runs `nginx -t`, then nginx itself; Ctrl+C or SIGTERM stops it.
 *
 * `npm run serve -- --check` stops after `nginx -t`.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const templateFile = join(root, 'deploy', 'nginx', 'periscope.conf.template');
const outDir = join(root, 'dist-serve');
const buildInfoFile = join(outDir, '.periscope-build.json');
/** What the build reads: newer than the build means build again. */
const buildInputs = ['src', 'public', 'mocks', 'index.html', 'vite.config.ts', 'package-lock.json'];
/** Where a CA bundle usually is: Debian and Ubuntu, Fedora and RHEL, macOS. */
const caBundles = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/cert.pem',
];

class ServeError extends Error {}

/** @param {string} message @returns {never} */
function fail(message) {
  throw new ServeError(message);
}

/** The environment, with .env and .env.local under it (as Vite reads them). */
function readEnvironment() {
  /** @type {Record<string, string | undefined>} */
  const env = {};
  for (const file of ['.env', '.env.local']) {
    const path = join(root, file);
    if (existsSync(path)) Object.assign(env, parseEnv(readFileSync(path, 'utf8')));
  }
  return { ...env, ...process.env };
}

/** @param {string} command @returns {string | undefined} */
function findOnPath(command) {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue;
    const candidate = join(directory, command);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/**
 * Everything that goes into the configuration, checked. Values land inside nginx directives, so
 * each is held to characters that cannot end one or start a variable.
 * @param {Record<string, string | undefined>} env
 */
function readSettings(env) {
  const value = (/** @type {string} */ name) => env[name]?.trim() || undefined;
  const octopusUrl = value('OCTOPUS_URL');
  const apiKey = value('OCTOPUS_API_KEY');
  const missing = [
    ...(octopusUrl ? [] : ['OCTOPUS_URL (the Octopus server, e.g. https://your.octopus.app)']),
    ...(apiKey ? [] : ['OCTOPUS_API_KEY (an API key that can only read)']),
  ];
  if (missing.length > 0) {
    fail(
      `Set ${missing.join(' and ')}:\n` +
        '  OCTOPUS_URL=https://your.octopus.app OCTOPUS_API_KEY=API-XXXX npm run serve',
    );
  }
  const url = String(octopusUrl).replace(/\/+$/, '');
  if (!/^https?:\/\/[A-Za-z0-9.-]+(:[0-9]+)?(\/[A-Za-z0-9._~/-]*)?$/.test(url)) {
    fail(
      `OCTOPUS_URL must be an http(s) URL with no user, query or fragment, such as ` +
        `https://your.octopus.app; got "${url}".`,
    );
  }
  const key = String(apiKey);
  if (!/^[A-Za-z0-9_-]+$/.test(key)) {
    fail('OCTOPUS_API_KEY must be letters, digits, - and _ only (an Octopus key is API-...).');
  }

  const port = Number(value('PORT') ?? '8080');
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`PORT must be a port number; got "${value('PORT') ?? ''}".`);
  }

  const safePath = (/** @type {string} */ name, /** @type {string} */ path) => {
    if (!/^[A-Za-z0-9._~/@+,=-]+$/.test(path)) {
      fail(`${name} must be a path without spaces, quotes, ; $ { or }; got "${path}".`);
    }
    return path;
  };
  const authFileSetting = value('PERISCOPE_BASIC_AUTH_FILE');
  const authFile = authFileSetting
    ? safePath('PERISCOPE_BASIC_AUTH_FILE', resolve(root, authFileSetting))
    : undefined;
  if (authFile !== undefined) {
    try {
      accessSync(authFile, constants.R_OK);
    } catch {
      fail(`PERISCOPE_BASIC_AUTH_FILE: cannot read ${authFile}.`);
    }
  }

  const caSetting = value('PERISCOPE_CA_FILE');
  const caFile = caSetting
    ? safePath('PERISCOPE_CA_FILE', resolve(root, caSetting))
    : caBundles.find((path) => existsSync(path));
  if (url.startsWith('https:') && (caFile === undefined || !existsSync(caFile))) {
    fail(
      'OCTOPUS_URL is https, and no CA bundle was found to verify it: set PERISCOPE_CA_FILE ' +
        'to one (a PEM file of trusted certificates).',
    );
  }

  return { url, key, port, authFile, caFile: caFile ?? '/dev/null' };
}

/** @param {string} path @returns {number} the newest modification time under path, in ms */
function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/**
 * The build's settings: what is baked into the bundle. The simulated server is left out (it is
 * built in only without OCTOPUS_URL), and no key or other origin reaches the browser: the proxy
 * adds the key, and connect-src allows only the app's own origin.
 * @param {Record<string, string | undefined>} env
 */
function buildSettings(env) {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([name]) => name.startsWith('VITE_'))
      .filter(([name]) => name !== 'VITE_OCTOPUS_API_KEY' && name !== 'VITE_OCTOPUS_BASE_URL')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** @param {Record<string, string | undefined>} env @param {string} octopusUrl */
function buildIfNeeded(env, octopusUrl) {
  const settings = buildSettings(env);
  const expected = JSON.stringify({ simulatedServer: false, settings });
  /** @type {string | undefined} */
  let reason;
  if (!existsSync(join(outDir, 'index.html')) || !existsSync(buildInfoFile)) {
    reason = 'no build yet';
  } else if (readFileSync(buildInfoFile, 'utf8').trim() !== expected) {
    reason = 'built with other settings';
  } else {
    const builtAt = statSync(buildInfoFile).mtimeMs;
    const sourcesAt = Math.max(...buildInputs.map((input) => newestChange(join(root, input))));
    if (sourcesAt > builtAt) reason = 'sources changed since the last build';
  }
  if (reason === undefined) return;

  console.log(`Building Periscope into dist-serve/ (${reason})…`);
  /** @type {Record<string, string | undefined>} */
  const buildEnv = {
    ...process.env,
    ...settings,
    OCTOPUS_URL: octopusUrl,
    // Empty beats whatever .env.local says: Vite never overrides the environment.
    VITE_OCTOPUS_API_KEY: '',
    VITE_OCTOPUS_BASE_URL: '',
  };
  delete buildEnv.OCTOPUS_API_KEY;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) fail('Vite is not installed: run `npm install` (or `npm ci`) first.');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, env: buildEnv, stdio: 'inherit' },
  );
  if (result.status !== 0) fail('The build failed (see above).');
  writeFileSync(buildInfoFile, `${expected}\n`);
}

/**
 * Replaces the template's `${NAME}` placeholders, exactly as envsubst does with the same list.
 * @param {string} template @param {Record<string, string>} values
 */
function renderTemplate(template, values) {
  const rendered = template.replace(
    /\$\{([A-Z][A-Z0-9_]*)\}/g,
    (match, /** @type {string} */ name) =>
      Object.hasOwn(values, name) ? String(values[name]) : match,
  );
  const left = rendered.match(/\$\{[A-Z][A-Z0-9_]*\}/);
  if (left) fail(`The template has a placeholder nothing fills: ${left[0]}`);
  return rendered;
}

/** @param {string} path @returns {boolean} whether any user may read the file and reach it */
function readableByAnyone(path) {
  let current = resolve(path);
  if ((statSync(current).mode & 0o004) === 0) return false;
  while (dirname(current) !== current) {
    current = dirname(current);
    if ((statSync(current).mode & 0o001) === 0) return false;
  }
  return true;
}

/** @param {string} user @returns {number | undefined} */
function userId(user) {
  const result = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const id = Number(result.stdout.trim());
  return result.status === 0 && Number.isInteger(id) ? id : undefined;
}

/**
 * nginx's stdout, as a FIFO this script copies to its own. nginx opens `/dev/stdout` anew for its
 * access log, which fails when that is a socket (as when Node or a test runner started this
 * script); a FIFO reopens fine, wherever this script's own output goes.
 * @param {string} prefix
 */
function stdoutFifo(prefix) {
  const fifo = join(prefix, 'stdout');
  rmSync(fifo, { force: true });
  const made = spawnSync('mkfifo', ['-m', '600', fifo], { stdio: 'inherit' });
  if (made.status !== 0) fail(`Could not make a FIFO at ${fifo} (mkfifo).`);
  const reader = new Socket({
    fd: openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK),
    readable: true,
    writable: false,
  });
  reader.pipe(process.stdout, { end: false });
  let fd = openSync(fifo, constants.O_WRONLY);
  return {
    fd,
    /** Lets go of this script's end: the copy ends once nginx has closed its own. */
    release() {
      if (fd !== -1) closeSync(fd);
      fd = -1;
    },
  };
}

function main() {
  const check = process.argv.includes('--check');
  const unknown = process.argv.slice(2).filter((arg) => arg !== '--check');
  if (unknown.length > 0) fail(`Unknown argument ${unknown.join(' ')} (only --check).`);

  const nginx = findOnPath('nginx');
  if (nginx === undefined) {
    fail(
      'nginx was not found on the PATH. Install it:\n' +
        '  Debian or Ubuntu: sudo apt-get install nginx  (it lives in /usr/sbin: put that on the PATH)\n' +
        '  macOS: brew install nginx',
    );
  }
  const env = readEnvironment();
  const settings = readSettings(env);
  buildIfNeeded(env, settings.url);

  const givenPrefix = env.PERISCOPE_NGINX_PREFIX?.trim() || undefined;
  const prefix = givenPrefix
    ? resolve(root, givenPrefix)
    : mkdtempSync(join(tmpdir(), 'periscope-nginx-'));
  mkdirSync(prefix, { recursive: true, mode: 0o700 });
  const cleanUp = () => {
    if (!givenPrefix) rmSync(prefix, { recursive: true, force: true });
  };

  try {
    let authFile = settings.authFile;
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      // Started as root, nginx's workers run as nobody: they must reach their temporary
      // directories (nginx gives them those), the app, and the htpasswd file (a private copy).
      chmodSync(prefix, 0o711);
      if (!readableByAnyone(join(outDir, 'index.html'))) {
        fail(
          `nginx's workers (user nobody, when started as root) cannot read ${outDir}: ` +
            'make it readable, or run npm run serve as another user.',
        );
      }
      if (authFile !== undefined) {
        const copy = join(prefix, 'htpasswd');
        copyFileSync(authFile, copy);
        chmodSync(copy, 0o600);
        const nobody = userId('nobody');
        if (nobody === undefined) fail('Started as root, but there is no user nobody.');
        chownSync(copy, nobody, -1);
        authFile = copy;
      }
    }

    const configFile = join(prefix, 'nginx.conf');
    const config = renderTemplate(readFileSync(templateFile, 'utf8'), {
      PORT: String(settings.port),
      OCTOPUS_URL: settings.url,
      OCTOPUS_API_KEY: settings.key,
      PERISCOPE_ROOT: outDir,
      PERISCOPE_AUTH_BASIC: authFile === undefined ? 'off' : 'Periscope',
      PERISCOPE_BASIC_AUTH_FILE: authFile ?? '/dev/null',
      PERISCOPE_CA_FILE: settings.caFile,
    });
    // The key is in it: readable by its owner only.
    rmSync(configFile, { force: true });
    writeFileSync(configFile, config, { mode: 0o600 });

    const nginxArgs = ['-p', `${prefix}/`, '-c', configFile, '-e', 'stderr'];
    const stdout = stdoutFifo(prefix);
    const stdio = /** @type {const} */ (['ignore', stdout.fd, 'inherit']);
    const test = spawnSync(nginx, ['-t', '-q', ...nginxArgs], { stdio });
    if (test.status !== 0 || check) stdout.release();
    if (test.status !== 0) fail('nginx -t rejected the configuration (see above).');
    if (check) {
      console.log(`nginx accepts the configuration (${configFile}).`);
      cleanUp();
      return;
    }

    console.log(
      `Periscope on http://localhost:${settings.port}/, /api/ proxied to ${settings.url}` +
        (authFile === undefined ? '' : ', with basic auth') +
        ' (Ctrl+C stops it)',
    );
    const server = spawn(nginx, nginxArgs, { stdio });
    stdout.release();
    /** @type {NodeJS.Signals | undefined} */
    let stopping;
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
      process.on(signal, () => {
        stopping = signal;
        // nginx stops at once on SIGINT and SIGTERM; SIGQUIT would wait for open connections.
        server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
      });
    }
    server.on('error', (error) => {
      console.error(`Could not start nginx: ${error.message}`);
      cleanUp();
      process.exitCode = 1;
    });
    server.on('exit', (code, signal) => {
      cleanUp();
      if (stopping === undefined) {
        console.error(`nginx stopped (${signal ?? `exit code ${String(code)}`}).`);
        process.exitCode = code || 1;
      }
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof ServeError)) throw error;
  console.error(`npm run serve: ${error.message}`);
  process.exitCode = 1;
}

// The project's rules for docker-compose.yml and docker-compose.prod.yml, checked
// without Docker (deploy/check-compose.sh runs this, then `docker compose config`
// where Compose is installed). Each file alone and the production merge are read
// with the merge rules of Compose that these files use; one line per rule, exit 1
// on any failure.
//
//   node deploy/check-compose.mjs
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_FILE = 'docker-compose.yml';
const PROD_FILE = 'docker-compose.prod.yml';

/** Created by the operator on the server (deploy/secrets/ is git-ignored), with the template of each. */
const OPERATOR_FILES = {
  'deploy/secrets/api.env': 'deploy/env/api.prod.env.example',
  'deploy/secrets/s3.env': 'deploy/env/s3.prod.env.example',
  'deploy/secrets/postgres_password': null,
  'deploy/secrets/minio_root_user': null,
  'deploy/secrets/minio_root_password': null,
  'deploy/secrets/grafana_admin_password': null,
  'deploy/secrets/tls.crt': null,
  'deploy/secrets/tls.key': null,
};
const DOCS = ['docs/DEPLOYMENT.md'];
const SENSITIVE = /PASSWORD|SECRET|TOKEN|ACCESS_KEY|PRIVATE_KEY|ROOT_USER/i;
/** Services that run once and exit; every other one must report its health. */
const ONE_SHOT = new Set(['minio-init']);
/** Built here; every other image is pinned to a version. */
const OWN_IMAGES = /^(mdf-sav\/|\$\{MDF_(API|WEB)_IMAGE:-mdf-sav\/)/;
/** Sequences that Compose appends when a later file sets them (others are replaced). */
const APPENDED = new Set(['env_file', 'ports', 'secrets', 'volumes', 'tmpfs', 'expose', 'dns']);

let failures = 0;
function rule(what, errors) {
  const ok = errors.length === 0;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : `: ${errors.join('; ')}`}`);
}

function load(file) {
  const doc = parseDocument(readFileSync(join(ROOT, file), 'utf8'), { merge: true });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
  return doc.toJS({ maxAliasCount: -1 });
}

function merge(base, override, key = '') {
  if (Array.isArray(base) && Array.isArray(override)) {
    return APPENDED.has(key) ? [...base, ...override.filter((v) => !base.includes(v))] : override;
  }
  if (isObject(base) && isObject(override)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(override)) out[k] = k in base ? merge(base[k], v, k) : v;
    return out;
  }
  return override;
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const names = (listOrMap) => (Array.isArray(listOrMap) ? listOrMap : Object.keys(listOrMap ?? {}));
const sourceOf = (entry) => (typeof entry === 'string' ? entry : entry.source);
const envOf = (service) =>
  Array.isArray(service.environment)
    ? Object.fromEntries(
        service.environment.map((e) => [e.split('=')[0], e.split('=').slice(1).join('=')]),
      )
    : (service.environment ?? {});

/** Bind mounts (host path:container path[:mode]) of a service. */
function bindMounts(service) {
  return (service.volumes ?? [])
    .map((v) => (typeof v === 'string' ? v.split(':') : [v.source, v.target]))
    .filter(([source]) => source.startsWith('.') || source.startsWith('/'))
    .map(([source, target]) => ({ source, target }));
}

/** Rules every stack (development, production) must follow. */
function checkStack(label, stack) {
  const services = stack.services ?? {};
  const declared = {
    networks: new Set(Object.keys(stack.networks ?? {})),
    volumes: new Set(Object.keys(stack.volumes ?? {})),
    secrets: new Set(Object.keys(stack.secrets ?? {})),
  };

  for (const [name, service] of Object.entries(services)) {
    const errors = [];
    if (!service.image && !service.build) errors.push('no image and no build');
    if (service.image && !OWN_IMAGES.test(service.image)) {
      const tag = service.image.split('/').pop().split(':')[1];
      if (!tag || tag === 'latest')
        errors.push(`image ${service.image} is not pinned to a version`);
    }
    for (const target of names(service.depends_on)) {
      if (!services[target]) errors.push(`depends on unknown service ${target}`);
      const condition = isObject(service.depends_on)
        ? service.depends_on[target]?.condition
        : undefined;
      if (
        condition === 'service_healthy' &&
        !services[target]?.healthcheck &&
        !services[target]?.build
      ) {
        errors.push(`waits for ${target} to be healthy, which has no healthcheck`);
      }
      if (condition === 'service_completed_successfully' && !ONE_SHOT.has(target)) {
        errors.push(`waits for ${target} to complete, which is not a one-shot service`);
      }
    }
    for (const network of names(service.networks)) {
      if (!declared.networks.has(network)) errors.push(`network ${network} is not declared`);
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      if (!source.startsWith('.') && !source.startsWith('/') && !declared.volumes.has(source)) {
        errors.push(`volume ${source} is not declared`);
      }
    }
    for (const { source } of bindMounts(service)) {
      if (!existsSync(join(ROOT, source))) errors.push(`bind mount ${source} does not exist`);
    }
    for (const secret of service.secrets ?? []) {
      if (!declared.secrets.has(sourceOf(secret)))
        errors.push(`secret ${sourceOf(secret)} is not declared`);
    }
    for (const file of service.env_file ?? []) {
      const path = typeof file === 'string' ? file : file.path;
      if (path.startsWith('deploy/secrets/')) {
        if (!(path in OPERATOR_FILES)) errors.push(`${path} is not a documented operator file`);
      } else if (!existsSync(join(ROOT, path))) errors.push(`env file ${path} does not exist`);
    }
    if (!ONE_SHOT.has(name) && !service.healthcheck && !service.build) {
      errors.push('no healthcheck (compose --wait and depends_on need one)');
    }
    for (const [key, value] of Object.entries(envOf(service))) {
      if (key.endsWith('_FILE') || key.endsWith('__FILE')) {
        if (!String(value).startsWith('/run/secrets/'))
          errors.push(`${key} does not name a secret file`);
        const secret = String(value).slice('/run/secrets/'.length);
        if (!(service.secrets ?? []).map(sourceOf).includes(secret)) {
          errors.push(`${key} names the secret ${secret}, which the service does not mount`);
        }
      }
    }
    for (const port of service.ports ?? []) {
      const text = String(port);
      const published = text.split(':');
      if (published.length < 3 && !(label === 'production' && name === 'web')) {
        errors.push(`port ${text} is published on every interface (bind it to 127.0.0.1)`);
      }
    }
    rule(`${label}: service ${name}`, errors);
  }

  // `docker compose up --wait` fails on a one-shot service's exit unless a long-running
  // service waits for its completion.
  rule(`${label}: every one-shot service is awaited by a long-running one`, [
    ...[...ONE_SHOT]
      .filter((oneShot) => services[oneShot])
      .filter(
        (oneShot) =>
          !Object.entries(services).some(
            ([name, s]) =>
              !ONE_SHOT.has(name) &&
              isObject(s.depends_on) &&
              s.depends_on[oneShot]?.condition === 'service_completed_successfully',
          ),
      )
      .map((oneShot) => `nothing waits for ${oneShot} to complete`),
  ]);

  const inside = (service) => names(services[service]?.networks);
  const backendOnly = ['postgres', 'redis', 'minio'];
  rule(`${label}: the backend network is internal, and the data services are on it only`, [
    ...(stack.networks?.backend?.internal === true ? [] : ['backend is not internal']),
    ...backendOnly
      .filter((s) => services[s] && inside(s).join() !== 'backend')
      .map((s) => `${s} is on ${inside(s).join(', ')}`),
    ...backendOnly.filter((s) => services[s]?.ports).map((s) => `${s} publishes a port`),
  ]);
  rule(`${label}: the images built here run with a read-only root filesystem`, [
    ...['api', 'web']
      .filter((s) => services[s]?.read_only !== true)
      .map((s) => `${s} is not read_only`),
  ]);
  const api = services.api ?? {};
  const apiEnvFiles = (api.env_file ?? []).map((f) => (typeof f === 'string' ? f : f.path));
  const settings = Object.assign(
    {},
    ...apiEnvFiles
      .filter((f) => !f.startsWith('deploy/secrets/'))
      .map((f) => Object.fromEntries(readEnvFile(f))),
  );
  rule(`${label}: the API is wired to the object store and the virus scanner`, [
    ...(settings.S3_ENDPOINT === 'http://minio:9000'
      ? []
      : ['S3_ENDPOINT is not http://minio:9000']),
    ...(settings.S3_BUCKET ? [] : ['no S3_BUCKET']),
    ...(settings.CLAMAV_HOST === 'clamav' ? [] : ['CLAMAV_HOST is not clamav']),
    ...(services.clamav && inside('clamav').includes('backend')
      ? []
      : ['clamav is not on backend']),
    ...(api.depends_on?.['minio-init']?.condition === 'service_completed_successfully'
      ? []
      : ['the API does not wait for minio-init']),
    ...((services['minio-init']?.env_file ?? []).includes('deploy/env/s3.dev.env')
      ? []
      : ['minio-init does not read the S3 settings the API reads']),
  ]);
  const grafana = services.grafana ?? {};
  const mounts = bindMounts(grafana).map((m) => `${m.source}:${m.target}`);
  rule(`${label}: Grafana is provisioned from monitoring/grafana, next to Prometheus`, [
    ...(services.prometheus ? [] : ['no prometheus service']),
    ...[
      './monitoring/grafana/provisioning:/etc/grafana/provisioning',
      './monitoring/grafana/dashboards:/etc/grafana/dashboards',
    ]
      .filter((m) => !mounts.includes(m))
      .map((m) => `grafana does not mount ${m}`),
    ...(JSON.stringify(grafana.profiles) === JSON.stringify(services.prometheus?.profiles)
      ? []
      : ['grafana and prometheus are not in the same profiles']),
  ]);
}

function readEnvFile(path) {
  return readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z0-9_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
}

function checkProduction(prod, overrideOnly) {
  const services = prod.services;
  rule('production: two API replicas', [
    ...(services.api?.deploy?.replicas === 2
      ? []
      : [`replicas: ${services.api?.deploy?.replicas}`]),
  ]);
  const web = services.web ?? {};
  const webMounts = bindMounts(web).map((m) => `${m.source}:${m.target}`);
  rule('production: nginx ends TLS with the shipped configuration and the certificate as secrets', [
    ...(webMounts.includes('./deploy/nginx/tls/default.conf:/etc/nginx/conf.d/default.conf')
      ? []
      : ['web does not mount deploy/nginx/tls/default.conf over conf.d/default.conf']),
    ...['tls_certificate', 'tls_private_key']
      .filter((s) => !(web.secrets ?? []).map(sourceOf).includes(s))
      .map((s) => `web does not mount the secret ${s}`),
    ...['8443', '8080']
      .filter((p) => !(web.ports ?? []).some((port) => String(port).endsWith(`:${p}`)))
      .map((p) => `web does not publish its port ${p}`),
  ]);
  const tlsConf = readFileSync(join(ROOT, 'deploy/nginx/tls/default.conf'), 'utf8');
  rule('production: the TLS configuration reads the certificate where the secrets are mounted', [
    ...['/run/secrets/tls_certificate', '/run/secrets/tls_private_key']
      .filter((path) => !tlsConf.includes(path))
      .map((path) => `deploy/nginx/tls/default.conf does not read ${path}`),
  ]);

  const errors = [];
  for (const [name, secret] of Object.entries(prod.secrets ?? {})) {
    if (!secret.file?.startsWith('deploy/secrets/'))
      errors.push(`${name} is not a file under deploy/secrets/`);
    else if (!(secret.file in OPERATOR_FILES))
      errors.push(`${secret.file} is not a documented operator file`);
  }
  rule('production: every secret is an operator file under deploy/secrets/ (git-ignored)', errors);

  // Values given in the production file itself: never a credential.
  const leaks = [];
  for (const [name, service] of Object.entries(overrideOnly.services ?? {})) {
    for (const [key, value] of Object.entries(envOf(service))) {
      if (SENSITIVE.test(key) && !/_FILE$/.test(key) && value !== '' && value !== null) {
        leaks.push(`${name}: ${key} has a value`);
      }
    }
  }
  // Each development credential of docker-compose.yml is blanked or replaced in production.
  const dev = load(DEV_FILE);
  for (const [name, service] of Object.entries(dev.services)) {
    for (const key of Object.keys(envOf(service)).filter((k) => SENSITIVE.test(k))) {
      const value = envOf(services[name])[key];
      if (value === envOf(service)[key])
        leaks.push(`${name}: the development ${key} reaches production`);
    }
  }
  rule('production: no credential in the compose files, none of development kept', leaks);

  const missing = [];
  const gitignore = readFileSync(join(ROOT, 'deploy/secrets/.gitignore'), 'utf8');
  if (!/^\*$/m.test(gitignore))
    missing.push('deploy/secrets/.gitignore does not ignore everything');
  const docs = DOCS.map((d) => readFileSync(join(ROOT, d), 'utf8')).join('\n');
  for (const [file, template] of Object.entries(OPERATOR_FILES)) {
    if (!docs.includes(file.split('/').pop()))
      missing.push(`${file} is not named in ${DOCS.join(', ')}`);
    if (
      template &&
      !(existsSync(join(ROOT, template)) && statSync(join(ROOT, template)).isFile())
    ) {
      missing.push(`${file}: its template ${template} is missing`);
    }
  }
  const header = readFileSync(join(ROOT, PROD_FILE), 'utf8');
  for (const file of Object.keys(OPERATOR_FILES)) {
    if (!header.includes(file.split('/').pop()))
      missing.push(`${file} is not listed at the top of ${PROD_FILE}`);
  }
  rule(
    'production: every operator file is documented, with its template where it has one',
    missing,
  );
}

try {
  const dev = load(DEV_FILE);
  const override = load(PROD_FILE);
  checkStack('development', dev);
  const prod = merge(dev, override);
  checkStack('production', prod);
  checkProduction(prod, override);
} catch (error) {
  failures++;
  console.log(`FAIL ${error.message}`);
}
console.log(failures ? `${failures} failure(s)` : 'compose files follow the project rules');
process.exitCode = failures ? 1 : 0;

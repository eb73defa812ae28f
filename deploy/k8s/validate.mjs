// Checks the Kubernetes manifests under deploy/k8s/ without a cluster:
//   node deploy/k8s/validate.mjs        (npm run check:k8s)
// Each object against the Kubernetes OpenAPI schema (kubernetes-models), then the
// project's rules the schema cannot express. One line per object; exit 1 on any failure.
// The schemas accept unknown fields: a misspelled optional field shows up only in
// the rules below or in `kubectl apply --dry-run=server`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DOCS = join(ROOT, '..', '..', 'docs', 'DEPLOYMENT.md');

// Created by the operator, never stored here; each must be named in docs/DEPLOYMENT.md.
const OPERATOR_CREATED = {
  Secret: ['mdf-sav-api', 'mdf-sav-tls'],
  ConfigMap: [],
};

// Settings whose value is a credential: only ever read from a Secret.
const SENSITIVE_KEY =
  /SECRET|PASSWORD|TOKEN|PRIVATE_KEY|ACCESS_KEY|API_KEY|DATABASE_URL|REDIS_URL/i;
// A URL carrying a password: scheme://user:password@host.
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i;

const POD_TEMPLATE_PATH = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function at(value, path) {
  return path.reduce((v, key) => (v == null ? undefined : v[key]), value);
}

/** Every string in a value, with its path, to look for credentials anywhere. */
function* strings(value, path = '') {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* strings(child, `${path}/${key}`);
  }
}

function selects(selector, labels) {
  const wanted = selector?.matchLabels ?? selector ?? {};
  return Object.entries(wanted).every(([key, value]) => labels?.[key] === value);
}

async function schemaErrors(object) {
  let model;
  try {
    const module = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
    model = module[object.kind];
  } catch {
    return [`no schema for ${object.apiVersion} ${object.kind}`];
  }
  try {
    new model(object).validate();
    return [];
  } catch (err) {
    const details = err.errors?.map((e) => `${e.instancePath || '/'} ${e.message}`);
    return details?.length ? details : [err.message];
  }
}

/** The project's rules for one pod template; `refs` collects the ConfigMaps and Secrets it uses. */
function podErrors(kind, template, refs, settings) {
  const errors = [];
  const pod = template?.spec ?? {};
  const podContext = pod.securityContext ?? {};
  const ref = (type, name) => name && refs.push([type, name]);

  for (const volume of pod.volumes ?? []) {
    ref('ConfigMap', volume.configMap?.name);
    ref('Secret', volume.secret?.secretName);
    for (const source of volume.projected?.sources ?? []) {
      ref('ConfigMap', source.configMap?.name);
      ref('Secret', source.secret?.name);
    }
  }
  for (const secret of pod.imagePullSecrets ?? []) ref('Secret', secret.name);

  const groups = [
    ['initContainers', pod.initContainers ?? []],
    ['containers', pod.containers ?? []],
  ];
  for (const [group, containers] of groups) {
    for (const c of containers) {
      const where = `container ${c.name}`;
      for (const field of ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']) {
        if (at(c.resources, field.split('.')) == null)
          errors.push(`${where}: no resources.${field}`);
      }
      const sc = c.securityContext ?? {};
      if ((sc.runAsNonRoot ?? podContext.runAsNonRoot) !== true) {
        errors.push(`${where}: runAsNonRoot is not true`);
      }
      if (sc.readOnlyRootFilesystem !== true) {
        errors.push(`${where}: readOnlyRootFilesystem is not true`);
      }
      if (sc.allowPrivilegeEscalation !== false) {
        errors.push(`${where}: allowPrivilegeEscalation is not false`);
      }
      // Init containers and Jobs run to completion: probes are for servers.
      if (group === 'containers' && LONG_RUNNING.has(kind)) {
        for (const probe of ['livenessProbe', 'readinessProbe']) {
          if (!c[probe]) errors.push(`${where}: no ${probe}`);
        }
      }
      for (const env of c.env ?? []) {
        if (env.value != null && SENSITIVE_KEY.test(env.name)) {
          errors.push(`${where}: ${env.name} has a literal value, use a secretKeyRef`);
        }
        ref('ConfigMap', env.valueFrom?.configMapKeyRef?.name);
        ref('Secret', env.valueFrom?.secretKeyRef?.name);
      }
      for (const from of c.envFrom ?? []) {
        ref('ConfigMap', from.configMapRef?.name);
        ref('Secret', from.secretRef?.name);
      }
    }
  }

  // The API drains for SHUTDOWN_TIMEOUT_MS after SIGTERM; the kubelet must wait longer.
  const shutdownMs = Number(settings.SHUTDOWN_TIMEOUT_MS ?? 0);
  const usesSettings = pod.containers?.some((c) => c.envFrom?.some((f) => f.configMapRef));
  if (LONG_RUNNING.has(kind) && usesSettings && shutdownMs > 0) {
    const graceMs = (pod.terminationGracePeriodSeconds ?? 30) * 1000;
    if (graceMs <= shutdownMs) {
      errors.push(`terminationGracePeriodSeconds ${graceMs / 1000} s <= SHUTDOWN_TIMEOUT_MS`);
    }
  }
  return errors;
}

/** Checks one kustomization directory and the objects it lists. Returns the number of failures. */
async function checkKustomization(dir, kustomization, objectsByFile, docs) {
  let failures = 0;
  const report = (ok, what, errors = []) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${errors.length ? `: ${errors.join('; ')}` : ''}`);
    if (!ok) failures += 1;
  };

  const listed = (kustomization.resources ?? []).map((r) => join(dir, r));
  const here = [...objectsByFile.keys()].filter((f) => dirname(f) === dir);
  const kErrors = [
    ...here.filter((f) => !listed.includes(f)).map((f) => `${relative(dir, f)} not in resources`),
    ...listed
      .filter((f) => !objectsByFile.has(f) && !safeIsDir(f))
      .map((f) => `${relative(dir, f)} listed but missing`),
  ];
  report(!kErrors.length, `${relative(ROOT, join(dir, 'kustomization.yaml'))}`, kErrors);

  const objects = listed.flatMap((f) => (objectsByFile.get(f) ?? []).map((o) => [f, o]));
  const defined = new Set([
    ...objects.map(([, o]) => `${o.kind}/${o.metadata?.name}`),
    ...(kustomization.configMapGenerator ?? []).map((g) => `ConfigMap/${g.name}`),
    ...(kustomization.secretGenerator ?? []).map((g) => `Secret/${g.name}`),
  ]);
  const settings = Object.assign(
    {},
    ...objects.filter(([, o]) => o.kind === 'ConfigMap').map(([, o]) => o.data ?? {}),
  );
  const pods = objects
    .filter(([, o]) => POD_TEMPLATE_PATH[o.kind])
    .map(([, o]) => at(o, POD_TEMPLATE_PATH[o.kind])?.metadata?.labels ?? {});

  for (const [file, object] of objects) {
    const errors = await schemaErrors(object);
    const refs = [];
    const { kind } = object;

    if (POD_TEMPLATE_PATH[kind]) {
      errors.push(...podErrors(kind, at(object, POD_TEMPLATE_PATH[kind]), refs, settings));
    }
    if (kind === 'Secret' && (object.data || object.stringData)) {
      errors.push('Secret with values in the repository: create it with kubectl instead');
    }
    if (kind === 'ConfigMap') {
      for (const key of Object.keys(object.data ?? {})) {
        if (SENSITIVE_KEY.test(key)) errors.push(`${key} belongs in a Secret`);
      }
    }
    for (const [path, value] of strings(object)) {
      if (URL_WITH_PASSWORD.test(value)) errors.push(`${path}: URL with a password`);
    }
    if (kind === 'Ingress') {
      for (const tls of object.spec?.tls ?? []) refs.push(['Secret', tls.secretName]);
    }
    if (kind === 'Service' || kind === 'PodDisruptionBudget' || kind === 'NetworkPolicy') {
      const selector = object.spec?.selector ?? object.spec?.podSelector;
      if (selector && !pods.some((labels) => selects(selector, labels))) {
        errors.push('selector matches no pod template here');
      }
    }
    if (kind === 'HorizontalPodAutoscaler') {
      const target = object.spec?.scaleTargetRef ?? {};
      const scaled = objects.find(
        ([, o]) => o.kind === target.kind && o.metadata?.name === target.name,
      );
      if (!scaled) errors.push(`scaleTargetRef ${target.kind}/${target.name} not found`);
      else if (scaled[1].spec?.replicas != null) {
        errors.push(
          `${target.kind}/${target.name} sets replicas: each apply would override the autoscaler`,
        );
      }
    }
    for (const [type, name] of refs) {
      if (defined.has(`${type}/${name}`)) continue;
      if (!OPERATOR_CREATED[type]?.includes(name)) {
        errors.push(`${type} ${name} neither defined here nor listed as created by the operator`);
      } else if (!docs.includes(name)) {
        errors.push(
          `${type} ${name} is created by the operator but not named in docs/DEPLOYMENT.md`,
        );
      }
    }
    report(!errors.length, `${relative(ROOT, file)} ${kind}/${object.metadata?.name}`, errors);
  }
  return failures;
}

function safeIsDir(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function main() {
  let failures = 0;
  const objectsByFile = new Map();
  const kustomizations = [];
  for (const file of yamlFiles(ROOT)) {
    const documents = parseAllDocuments(readFileSync(file, 'utf8'));
    const objects = [];
    for (const document of Array.isArray(documents) ? documents : [documents]) {
      if (document.errors.length) {
        console.log(`FAIL ${relative(ROOT, file)}: ${document.errors[0].message}`);
        failures += 1;
        continue;
      }
      const object = document.toJS();
      if (object == null) continue;
      if (object.kind === 'Kustomization') kustomizations.push([dirname(file), object]);
      else objects.push(object);
    }
    if (!/kustomization\.ya?ml$/.test(file)) objectsByFile.set(file, objects);
  }

  const covered = new Set(kustomizations.map(([dir]) => dir));
  for (const file of objectsByFile.keys()) {
    if (!covered.has(dirname(file))) {
      console.log(`FAIL ${relative(ROOT, file)}: no kustomization.yaml in its folder`);
      failures += 1;
    }
  }
  const docs = readFileSync(DOCS, 'utf8');
  for (const [dir, kustomization] of kustomizations) {
    failures += await checkKustomization(dir, kustomization, objectsByFile, docs);
  }
  console.log(failures ? `${failures} failure(s)` : 'all Kubernetes manifests valid');
  process.exitCode = failures ? 1 : 0;
}

await main();

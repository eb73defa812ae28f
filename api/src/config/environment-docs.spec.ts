import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envSchema } from './env.schema';

const root = join(__dirname, '../../..');
const settings = Object.keys(envSchema.shape);

/** docs/ENVIRONMENT.md and .env.example are written by hand: they must name every setting there is, and only those. */
describe('environment documentation', () => {
  const table = readFileSync(join(root, 'docs/ENVIRONMENT.md'), 'utf8');
  const example = readFileSync(join(root, '.env.example'), 'utf8');

  it('knows a good number of settings', () => {
    expect(settings.length).toBeGreaterThan(40);
  });

  it.each(settings)('docs/ENVIRONMENT.md describes %s', (name) => {
    expect(table).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });

  it.each(settings)('.env.example shows %s', (name) => {
    expect(example).toMatch(new RegExp(`^(# )?${name}=`, 'm'));
  });

  it('documents no setting the API does not read', () => {
    const documented = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)` +\|/gm)].map((m) => m[1]);
    const shown = [...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    const unknown = (names: string[]) => names.filter((n) => !settings.includes(n));
    expect(unknown(documented)).toEqual([]);
    expect(unknown(shown)).toEqual([]);
  });
});

import { CLAIMS_CORPUS } from '../../../test/fixtures/claims-corpus';
import { detectProblem } from './detector';
import { PRIORITIES, PROBLEM_CATEGORIES } from './types';

/** Thresholds agreed for the detector on the labelled corpus (labels follow the spec, not the detector). */
const MIN_CATEGORY_ACCURACY = 0.95;
const MIN_SEVERITY_ACCURACY = 0.9;

const claims = CLAIMS_CORPUS;

describe('labelled claims corpus', () => {
  it('is large, mostly French, about 30 % English, and labelled with known values', () => {
    expect(claims.length).toBeGreaterThanOrEqual(150);
    const share = (lang: string): number =>
      claims.filter((c) => c.lang === lang).length / claims.length;
    expect(share('fr')).toBeGreaterThan(0.5);
    expect(share('en')).toBeGreaterThanOrEqual(0.25);
    for (const c of claims) {
      expect(PROBLEM_CATEGORIES).toContain(c.category);
      expect(PRIORITIES).toContain(c.severity);
    }
  });

  it(`detects the category of at least ${MIN_CATEGORY_ACCURACY * 100} % and the severity of at least ${MIN_SEVERITY_ACCURACY * 100} % of the messages`, () => {
    const misses: string[] = [];
    let categoryHits = 0;
    let severityHits = 0;
    for (const claim of claims) {
      const got = detectProblem(claim.text);
      const categoryOk = got.category === claim.category;
      const severityOk = got.severity === claim.severity;
      if (categoryOk) categoryHits++;
      if (severityOk) severityHits++;
      if (!categoryOk || !severityOk) {
        misses.push(
          `  expected ${claim.category}/${claim.severity}, got ${got.category}/${got.severity} [${got.symptoms.join(', ')}]: ${claim.text}`,
        );
      }
    }
    const categoryAccuracy = categoryHits / claims.length;
    const severityAccuracy = severityHits / claims.length;
    // The figures are the point of this test: print them, with the misses, on every run.
    // eslint-disable-next-line no-console
    console.log(
      [
        `claims corpus (${claims.length} messages): category ${(categoryAccuracy * 100).toFixed(1)} %, severity ${(severityAccuracy * 100).toFixed(1)} %`,
        ...misses,
      ].join('\n'),
    );
    expect(categoryAccuracy).toBeGreaterThanOrEqual(MIN_CATEGORY_ACCURACY);
    expect(severityAccuracy).toBeGreaterThanOrEqual(MIN_SEVERITY_ACCURACY);
  });
});

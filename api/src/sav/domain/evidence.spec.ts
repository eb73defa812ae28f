import fc from 'fast-check';
import {
  canProceed,
  evidenceCompleteness,
  evidenceRequestText,
  evidenceRequirement,
  validateEvidenceFile,
} from './evidence';
import { PRIORITIES, PROBLEM_CATEGORIES, type ProblemCategory } from './types';

const KB = 1024;
const MB = 1024 * 1024;

describe('evidenceRequirement', () => {
  it.each([
    ['structural', 3, 1, [/ensemble|entier/, /gros plan.*casse/, /contexte/]],
    ['mechanism', 2, 1, [/fermé/, /ouvert/, /Vidéo.*défaut/]],
    ['fabric', 3, 0, [/gros plan/, /entier/, /lumière du jour/]],
    ['cushions', 2, 0, [/dessus/, /profil.*hauteur/]],
    ['delivery', 4, 0, [/dommages/, /emballage/, /étiquette/, /bon de livraison/]],
    ['dimensions', 3, 0, [/entier/, /mètre.*largeur/, /mètre.*profondeur/]],
    ['assembly', 1, 0, [/problème/]],
    ['smell', 1, 0, [/problème/]],
    ['unknown', 1, 0, [/problème/]],
  ] as const satisfies [ProblemCategory, number, number, RegExp[]][])(
    '%s asks for %i photos and %i videos',
    (category, photos, videos, shots) => {
      const requirement = evidenceRequirement(category);
      expect(requirement.photos).toBe(photos);
      expect(requirement.videos).toBe(videos);
      expect(requirement.shots).toHaveLength(photos + videos);
      shots.forEach((shot, i) => expect(requirement.shots[i]).toMatch(shot));
    },
  );

  it('hands out a copy the caller cannot use to change the policy', () => {
    const first = evidenceRequirement('fabric');
    first.shots.push('n’importe quoi');
    first.photos = 99;
    expect(evidenceRequirement('fabric')).toMatchObject({ photos: 3, videos: 0 });
    expect(evidenceRequirement('fabric').shots).toHaveLength(3);
  });
});

describe('evidenceCompleteness', () => {
  const fabric = evidenceRequirement('fabric'); // 3 photos

  it.each([
    ['structural', 0, 0, 0],
    ['structural', 3, 1, 100],
    ['structural', 3, 0, 75],
    ['structural', 2, 1, 75],
    ['structural', 10, 0, 75], // extra photos never stand in for the video
    ['structural', 10, 10, 100],
    ['fabric', 1, 0, 33],
    ['fabric', 2, 0, 66], // rounded down
    ['fabric', 3, 0, 100],
    ['fabric', 3, 5, 100], // videos ignored when none is asked
    ['fabric', 0, 5, 0],
    ['fabric', 9, 0, 100],
    ['mechanism', 2, 0, 66],
    ['delivery', 3, 0, 75],
    ['smell', 1, 0, 100],
  ] as const)('%s with %i photos and %i videos is %i %%', (category, photos, videos, expected) => {
    expect(evidenceCompleteness(evidenceRequirement(category), { photos, videos })).toBe(expected);
  });

  it('is complete when nothing is asked', () => {
    expect(
      evidenceCompleteness({ photos: 0, videos: 0, shots: [] }, { photos: 0, videos: 0 }),
    ).toBe(100);
  });

  it.each([Number.NaN, -3, -Infinity])('counts %p files as none', (n) => {
    expect(evidenceCompleteness(fabric, { photos: n, videos: n })).toBe(0);
  });

  it('is always an integer between 0 and 100', () => {
    const count = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double());
    fc.assert(
      fc.property(
        fc.constantFrom(...PROBLEM_CATEGORIES),
        count,
        count,
        (category, photos, videos) => {
          const value = evidenceCompleteness(evidenceRequirement(category), { photos, videos });
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('canProceed', () => {
  it.each([
    [69, 'P2', false],
    [70, 'P2', true],
    [69, 'P3', false],
    [70, 'P3', true],
    [100, 'P3', true],
    [0, 'P0', true],
    [0, 'P1', true],
    [Number.NaN, 'P2', false],
    [Number.NaN, 'P1', true],
  ] as const)('%p %% at %s → %p', (completeness, priority, expected) => {
    expect(canProceed(completeness, priority)).toBe(expected);
  });

  it('lets every priority through when the evidence is complete', () => {
    for (const priority of PRIORITIES) expect(canProceed(100, priority)).toBe(true);
  });
});

describe('validateEvidenceFile', () => {
  it.each([
    ['image/jpeg', 50 * KB, 'photo'],
    ['image/png', 20 * MB, 'photo'],
    ['image/webp', 3 * MB, 'photo'],
    ['image/heic', 2 * MB, 'photo'],
    ['image/heif', 2 * MB, 'photo'],
    ['IMAGE/JPEG; charset=binary', 1 * MB, 'photo'],
    ['video/mp4', 1, 'video'],
    ['video/mp4', 100 * MB, 'video'],
    ['video/quicktime', 40 * MB, 'video'],
  ] as const)('accepts %s of %i bytes as a %s', (mimeType, size, kind) => {
    expect(validateEvidenceFile({ mimeType, size })).toEqual({ ok: true, kind });
  });

  it.each([
    ['image/jpeg', 50 * KB - 1, /trop petite/],
    ['image/png', 20 * MB + 1, /trop lourde/],
    ['video/mp4', 100 * MB + 1, /trop lourde/],
    ['video/quicktime', 0, /vide/],
    ['image/jpeg', Number.NaN, /inconnue/],
    ['video/mp4', -1, /inconnue/],
    ['image/gif', 1 * MB, /Format non accepté/],
    ['application/pdf', 1 * MB, /Format non accepté/],
    ['video/x-msvideo', 1 * MB, /Format non accepté/],
    ['', 1 * MB, /Format non accepté/],
  ] as const)('refuses %s of %p bytes', (mimeType, size, reason) => {
    const check = validateEvidenceFile({ mimeType, size });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it('never throws, whatever the declared type and size', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.double(), fc.integer()), (mimeType, size) => {
        const check = validateEvidenceFile({ mimeType, size });
        expect(typeof check.ok).toBe('boolean');
      }),
    );
  });
});

describe('evidenceRequestText', () => {
  it.each([...PROBLEM_CATEGORIES])('lists every shot for %s, in French', (category) => {
    const text = evidenceRequestText(category);
    expect(text).toMatch(/merci de nous envoyer :/);
    for (const shot of evidenceRequirement(category).shots) expect(text).toContain(`- ${shot}`);
    expect(text).toMatch(/Formats acceptés/);
  });

  it('mentions videos only where one is asked', () => {
    expect(evidenceRequestText('mechanism')).toMatch(/MP4 ou MOV/);
    expect(evidenceRequestText('fabric')).not.toMatch(/vidéo|MP4/i);
  });

  it('speaks to the category', () => {
    expect(evidenceRequestText('delivery')).toMatch(/transporteur/);
    expect(evidenceRequestText('cushions')).toMatch(/affaissement/);
  });

  it('gives a different request for each category', () => {
    const texts = new Set(PROBLEM_CATEGORIES.map(evidenceRequestText));
    expect(texts.size).toBe(PROBLEM_CATEGORIES.length);
  });
});

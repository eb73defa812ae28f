/** Evidence policy (spec section 5): what to ask for, how complete it is, which files qualify. */
import type { EvidenceRequirement, PriorityLevel, ProblemCategory } from './types';

/** One shot per requested photo, then one per requested video, in the order to show them. */
const REQUIREMENTS: Readonly<Record<ProblemCategory, Readonly<EvidenceRequirement>>> = {
  structural: {
    photos: 3,
    videos: 1,
    shots: [
      'Photo du meuble en entier',
      'Photo en gros plan de la casse',
      "Photo du contexte (pièce, sol, position d'utilisation)",
      'Vidéo montrant la casse ou le jeu de la structure',
    ],
  },
  mechanism: {
    photos: 2,
    videos: 1,
    shots: [
      'Photo du mécanisme fermé',
      'Photo du mécanisme ouvert',
      'Vidéo montrant le défaut pendant le fonctionnement',
    ],
  },
  fabric: {
    photos: 3,
    videos: 0,
    shots: [
      'Photo en gros plan du défaut',
      'Photo du meuble en entier',
      'Photo prise à la lumière du jour',
    ],
  },
  cushions: {
    photos: 2,
    videos: 0,
    shots: ['Photo du coussin vu de dessus', 'Photo de profil avec un repère de hauteur (mètre)'],
  },
  delivery: {
    photos: 4,
    videos: 0,
    shots: [
      'Photo des dommages',
      "Photo de l'emballage",
      "Photo de l'étiquette du colis",
      'Photo du bon de livraison',
    ],
  },
  dimensions: {
    photos: 3,
    videos: 0,
    shots: [
      'Photo du meuble en entier',
      'Photo du mètre ruban sur la largeur',
      'Photo du mètre ruban sur la profondeur',
    ],
  },
  assembly: { photos: 1, videos: 0, shots: ['Photo du problème (pièce ou fixation concernée)'] },
  smell: { photos: 1, videos: 0, shots: ['Photo du problème (meuble concerné)'] },
  unknown: { photos: 1, videos: 0, shots: ['Photo du problème'] },
};

/** A fresh copy: callers may not alter the policy table. */
export function evidenceRequirement(category: ProblemCategory): EvidenceRequirement {
  const requirement = REQUIREMENTS[category] ?? REQUIREMENTS.unknown;
  return { ...requirement, shots: [...requirement.shots] };
}

const countOf = (n: number): number =>
  typeof n === 'number' && !Number.isNaN(n) && n > 0 ? Math.floor(n) : 0;

/**
 * Percentage (integer 0–100) of the requested shots received. Each kind is capped at what was
 * asked, so extra photos never stand in for a missing video; a requirement of 0 videos ignores
 * videos. Rounded down, so a claim never crosses a threshold by rounding.
 */
export function evidenceCompleteness(
  requirement: EvidenceRequirement,
  provided: { photos: number; videos: number },
): number {
  const wantedPhotos = countOf(requirement.photos);
  const wantedVideos = countOf(requirement.videos);
  const wanted = wantedPhotos + wantedVideos;
  if (wanted === 0) return 100;
  const got =
    Math.min(countOf(provided.photos), wantedPhotos) +
    Math.min(countOf(provided.videos), wantedVideos);
  return Math.floor((got * 100) / wanted);
}

export const PROCEED_THRESHOLD_PERCENT = 70;

/** Never hold back a P0/P1 claim for want of photos. */
export function canProceed(completeness: number, priority: PriorityLevel): boolean {
  return priority === 'P0' || priority === 'P1' || completeness >= PROCEED_THRESHOLD_PERCENT;
}

// Binary units: 1 KB = 1024 bytes, 1 MB = 1024² bytes. Both limits are inclusive.
const KB = 1024;
const MB = 1024 * KB;
export const PHOTO_MIN_BYTES = 50 * KB;
export const PHOTO_MAX_BYTES = 20 * MB;
export const VIDEO_MAX_BYTES = 100 * MB;

/** HEIF is the container HEIC photos come in; some phones and browsers label them so. */
export const PHOTO_MIME_TYPES: readonly string[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
];
/** MOV is video/quicktime. */
export const VIDEO_MIME_TYPES: readonly string[] = ['video/mp4', 'video/quicktime'];

export type EvidenceFileCheck =
  { kind: 'photo' | 'video'; ok: true } | { ok: false; reason: string };

/**
 * Checks the declared type and size only; whether the bytes really are an image or a video is
 * the upload pipeline's job (content sniffing, antivirus).
 */
export function validateEvidenceFile(file: { mimeType: string; size: number }): EvidenceFileCheck {
  const mimeType =
    typeof file.mimeType === 'string' ? file.mimeType.split(';')[0].trim().toLowerCase() : '';
  const size = file.size;
  const knownSize = typeof size === 'number' && Number.isFinite(size) && size >= 0;
  if (PHOTO_MIME_TYPES.includes(mimeType)) {
    if (!knownSize) return { ok: false, reason: 'Taille de la photo inconnue.' };
    if (size < PHOTO_MIN_BYTES) {
      return { ok: false, reason: 'Photo trop petite (50 Ko minimum) : envoyez une photo nette.' };
    }
    if (size > PHOTO_MAX_BYTES) return { ok: false, reason: 'Photo trop lourde (20 Mo maximum).' };
    return { kind: 'photo', ok: true };
  }
  if (VIDEO_MIME_TYPES.includes(mimeType)) {
    if (!knownSize) return { ok: false, reason: 'Taille de la vidéo inconnue.' };
    if (size === 0) return { ok: false, reason: 'La vidéo est vide.' };
    if (size > VIDEO_MAX_BYTES) return { ok: false, reason: 'Vidéo trop lourde (100 Mo maximum).' };
    return { kind: 'video', ok: true };
  }
  return {
    ok: false,
    reason: 'Format non accepté : photos JPEG, PNG, WebP ou HEIC, vidéos MP4 ou MOV.',
  };
}

const REQUEST_INTRO: Readonly<Record<ProblemCategory, string>> = {
  structural: 'Pour évaluer la casse, merci de nous envoyer :',
  mechanism: 'Pour diagnostiquer le mécanisme, merci de nous envoyer :',
  fabric: 'Pour examiner le revêtement, merci de nous envoyer :',
  cushions: "Pour mesurer l'affaissement, merci de nous envoyer :",
  delivery: 'Pour ouvrir le dossier auprès du transporteur, merci de nous envoyer :',
  dimensions: 'Pour vérifier les dimensions, merci de nous envoyer :',
  assembly: 'Pour vous aider au montage, merci de nous envoyer :',
  smell: "Pour identifier l'origine de l'odeur, merci de nous envoyer :",
  unknown: 'Pour comprendre votre demande, merci de nous envoyer :',
};

const REQUEST_FORMATS =
  'Formats acceptés : photos JPEG, PNG, WebP ou HEIC (50 Ko à 20 Mo), vidéos MP4 ou MOV (100 Mo maximum).';

/** The bot's short request: an intro for the category, one line per shot, the formats. */
export function evidenceRequestText(category: ProblemCategory): string {
  const requirement = evidenceRequirement(category);
  const intro = REQUEST_INTRO[category] ?? REQUEST_INTRO.unknown;
  const formats =
    requirement.videos > 0
      ? REQUEST_FORMATS
      : 'Formats acceptés : JPEG, PNG, WebP ou HEIC, de 50 Ko à 20 Mo.';
  return [intro, ...requirement.shots.map((shot) => `- ${shot}`), formats].join('\n');
}

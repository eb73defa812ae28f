import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string (exact decimal); money here fits a JS number. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

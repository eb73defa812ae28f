/** class-transformer @Transform that trims strings and leaves anything else for validation to refuse. */
export const trimString = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

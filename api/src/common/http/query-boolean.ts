/** class-transformer @Transform for boolean query parameters: "true"/"false" become booleans, anything else is left for validation to refuse. */
export const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;

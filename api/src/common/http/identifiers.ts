/** Shapes of the identifiers the API receives, one definition each. */

/** Product SKU: upper-case letters, digits and dashes. */
export const SKU_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,63}$/;

/** Order number as the order system sends it. */
export const ORDER_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

/** Order number as a customer or partner may type it; compared upper-cased. */
export const ORDER_NUMBER_INPUT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{2,31}$/;

/** Phone number, international or French formatting. */
export const PHONE_PATTERN = /^\+?[0-9 .-]{6,20}$/;

/** What a caught value says: an Error's message, or the value as text. One helper for every UI module (the popup's first load had nine copies). */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

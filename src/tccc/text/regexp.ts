/** A word put into a pattern as itself: its pattern characters ("." in "Pvt.", "(" in a nickname) escaped. */
export const escapedForPattern = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

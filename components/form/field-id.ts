/** A DOM id for a dotted field path (shared by server and client components). */
export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

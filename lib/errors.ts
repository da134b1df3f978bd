/**
 * Typed domain errors. They are logged in full on the server; users see the safe message key
 * (`errors.*` in messages/{nl,en}.json) and, for validation, the field errors.
 */
export type ErrorCode = "validation" | "forbidden" | "not_found" | "conflict" | "invalid_state" | "unauthenticated";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message key under `errors.`; defaults to the code. */
    readonly key: string = code,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${key}`);
    this.name = "DomainError";
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

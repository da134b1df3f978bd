/** What every server action answers; shared by the server wrapper and the client forms. */
export interface ActionState {
  status: "idle" | "ok" | "error";
  /** A message key: `errors.*` on error, `admin.flash.*` on success. */
  message?: string;
  /** Every field's error message keys, by dotted path ("contest.routes.0.handler"). */
  fieldErrors?: Record<string, string[]>;
  /** On an edit conflict: the draft as someone else saved it, and who did. */
  conflict?: { current: unknown; version: number; by?: string; at?: string };
  /** On success: data the form needs next (e.g. the new draft version). */
  result?: Record<string, unknown>;
  /**
   * The entry form as it was sent (or as a form button changed it), with the draft version it works on: the
   * form shows this again, so nothing typed is lost — also without JavaScript, where the page is drawn anew.
   */
  form?: { values: Record<string, unknown>; version: number; focus?: string };
}

export const idleState: ActionState = { status: "idle" };

"use client";
/**
 * Progressive enhancement for long forms: the page as the server sends it works without JavaScript (every
 * control on the page, every button a real submit); once the page is interactive, the same controls behave
 * like an application (groups that do not apply are hidden, buttons change the form at once).
 */
import { useSyncExternalStore, type MouseEvent, type ReactNode } from "react";

const subscribe = () => () => {};
/** False on the server and until the page is interactive (hydrated); true afterwards. */
export const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

/**
 * Fields that only apply in some situation (a contest route when the box is ticked, the explanation of an
 * assessed value). Without JavaScript they are always on the page, so they can be filled in; once the page
 * is interactive, a group that does not apply is hidden, and with `disabled` also left out of what the form
 * sends (what was typed in it stays in the form's state and comes back when the group applies again).
 */
export function Switchable({ on, disabled = true, children }: { on: boolean; disabled?: boolean; children: ReactNode }) {
  const hydrated = useHydrated();
  if (!hydrated || on) return <>{children}</>;
  return (
    <fieldset className="switchable" hidden disabled={disabled}>
      {children}
    </fieldset>
  );
}

/**
 * A button that changes the form itself (add a route, remove a link, convert coordinates). It is a submit
 * button with `name="intent"`: without JavaScript the form goes to the server, which answers with the form
 * changed and everything typed kept; with JavaScript `onActivate` does it at once, without a round trip.
 */
export function IntentButton({
  intent,
  onActivate,
  className = "utrecht-button utrecht-button--secondary-action",
  disabled,
  children,
}: {
  intent: string;
  onActivate: () => void;
  className?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      formNoValidate
      className={className}
      disabled={disabled}
      onClick={(e: MouseEvent<HTMLButtonElement>) => {
        e.preventDefault();
        onActivate();
      }}
    >
      {children}
    </button>
  );
}

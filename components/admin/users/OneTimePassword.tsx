/** A password shown once to the admin (generated on request); never stored in clear or shown again. */
export function OneTimePassword({ password }: { password: string }) {
  return (
    <p>
      <code className="one-time-password" data-testid="one-time-password">
        {password}
      </code>
    </p>
  );
}

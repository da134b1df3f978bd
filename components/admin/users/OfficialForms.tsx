"use client";
/**
 * The admin's forms on an official's page: change or remove a role per organisation, give a role in
 * another organisation, block/unblock, and reset the password. Each is its own small form with its own
 * errors and busy state (as the workflow steps are); every one posts to a server action that the domain
 * functions authorise themselves.
 */
import { useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import {
  resetPasswordAction,
  setBlockedAction,
  setRoleAction,
} from "@/app/[locale]/admin/(workspace)/users/actions";
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "@/components/form/ActionForm";
import type { Locale } from "@/lib/codio";
import { memberRoles, type MemberRole } from "@/lib/vocab";
import { CheckboxField, RadioGroup, SelectField, TextField } from "@/components/form/fields";
import { OneTimePassword } from "./OneTimePassword";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** An ActionForm about one official; success is shown by the page or by `after`. */
function SmallForm({
  action,
  userId,
  label,
  className,
  children,
  after,
}: {
  action: Action;
  userId: string;
  label: string;
  className?: string;
  children: (pending: boolean) => ReactNode;
  after?: (state: ActionState) => ReactNode;
}) {
  return (
    <ActionForm action={action} label={label} hidden={{ userId }} className={className} errorsOnly after={after}>
      {children}
    </ActionForm>
  );
}

const useRoleOptions = () => {
  const locale = useLocale() as Locale;
  return memberRoles.terms.map((r) => ({ value: r.slug, label: r.name[locale] }));
};

/** One row of the roles table: change the role, or remove it. */
export function RoleRowForms({
  userId,
  organisationId,
  organisationName,
  role,
}: {
  userId: string;
  organisationId: number;
  organisationName: string;
  role: MemberRole;
}) {
  const t = useTranslations("admin.users.roles");
  const options = useRoleOptions();
  const [value, setValue] = useState<string>(role);
  const selectId = `role-${organisationId}`;
  return (
    <div className="role-row">
      <SmallForm action={setRoleAction} userId={userId} label={t("roleFor", { organisation: organisationName })} className="role-row__form">
        {(pending) => (
          <>
            <input type="hidden" name="organisationId" value={organisationId} />
            <label htmlFor={selectId} className="utrecht-form-label">
              {t("roleFor", { organisation: organisationName })}
            </label>{" "}
            <select
              id={selectId}
              name="role"
              className="utrecht-select utrecht-select--html-select"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>{" "}
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={pending} aria-disabled={pending}>
              {t("change")}
              <span className="visually-hidden"> {t("removeFrom", { organisation: organisationName })}</span>
            </button>
          </>
        )}
      </SmallForm>
      {/* Taking a role away asks for confirmation on a page of its own (works without JavaScript). */}
      <Link
        href={`/admin/users/${encodeURIComponent(userId)}/roles/${organisationId}/remove`}
        className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle role-row__form"
      >
        {t("remove")}
        <span className="visually-hidden"> {t("removeFrom", { organisation: organisationName })}</span>
      </Link>
    </div>
  );
}

/** Gives the official a role in an organisation they do not belong to yet. */
export function AddRoleForm({ userId, organisations }: { userId: string; organisations: { id: number; name: string }[] }) {
  const t = useTranslations("admin.users.roles");
  const options = useRoleOptions();
  const [organisationId, setOrganisationId] = useState(String(organisations[0]?.id ?? ""));
  const [role, setRole] = useState<string>("editor");
  return (
    <SmallForm action={setRoleAction} userId={userId} label={t("addTitle")} className="stack admin-form">
      {(pending) => (
        <>
          <SelectField
            name="organisationId"
            label={t("addOrganisation")}
            required
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            value={organisationId}
            onChange={setOrganisationId}
          />
          <RadioGroup name="role" label={t("addRole")} required options={options} value={role} onChange={setRole} />
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {t("add")}
          </button>
        </>
      )}
    </SmallForm>
  );
}

/**
 * Blocking signs the official out everywhere at once: the button leads to a confirmation page (works without
 * JavaScript). Unblocking takes away nothing, so it is one step.
 */
export function BlockForm({ userId, blocked }: { userId: string; blocked: boolean }) {
  const t = useTranslations("admin.users.access");
  if (!blocked)
    return (
      <div className="stack">
        <p>{t("blockText")}</p>
        <p>
          <Link
            href={`/admin/users/${encodeURIComponent(userId)}/block`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t("block")}
          </Link>
        </p>
      </div>
    );
  return (
    <SmallForm action={setBlockedAction} userId={userId} label={t("unblock")}>
      {(pending) => (
        <>
          <p>{t("unblockText")}</p>
          <input type="hidden" name="blocked" value="0" />
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
            {t("unblock")}
          </button>
        </>
      )}
    </SmallForm>
  );
}

/** Sets a new password (typed, or generated and shown once) and ends the official's sessions. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations("admin.users.password");
  const tFields = useTranslations("admin.users.fields");
  const [password, setPassword] = useState("");
  const [generate, setGenerate] = useState(false);
  return (
    <SmallForm
      action={resetPasswordAction}
      userId={userId}
      label={t("title")}
      after={(state) =>
        state.status === "ok" && (
          <div role="status" className="notice notice--success">
            {typeof state.result?.password === "string" ? (
              <>
                <p>{t("generated")}</p>
                <OneTimePassword password={state.result.password} />
              </>
            ) : (
              <p>{t("done")}</p>
            )}
          </div>
        )
      }
    >
      {(pending) => (
        <>
          <p>{t("text")}</p>
          <CheckboxField name="generatePassword" label={tFields("generatePassword")} checked={generate} onChange={setGenerate} />
          {!generate && (
            <TextField
              name="password"
              type="password"
              label={t("field")}
              hint={tFields("passwordHint")}
              required
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
              maxLength={128}
            />
          )}
          <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={pending} aria-disabled={pending}>
            {t("submit")}
          </button>
        </>
      )}
    </SmallForm>
  );
}

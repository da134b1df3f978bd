DROP INDEX `entries_org_updated`;--> statement-breakpoint
CREATE INDEX `entries_workspace` ON `entries` (`organisation_id`,`updated_at`,`kind`,`status`,`draft_state`,`todo`,`name`,"draft" ->> '$.name');--> statement-breakpoint
CREATE INDEX `entries_review` ON `entries` (`organisation_id`,`updated_at`,`draft_editors`) WHERE "entries"."draft_state" = 'in_review';
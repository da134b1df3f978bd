CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`organisation_id` integer,
	`entry_id` integer,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_action` ON `audit_log` (`action`);--> statement-breakpoint
CREATE INDEX `audit_org` ON `audit_log` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `codio_values` (
	`slug` text PRIMARY KEY NOT NULL,
	`principle` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`kind` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`name` text NOT NULL,
	`data` text,
	`revision` integer DEFAULT 0 NOT NULL,
	`published_at` integer,
	`archived_at` integer,
	`ended_on` text,
	`draft` text,
	`draft_state` text,
	`draft_version` integer DEFAULT 0 NOT NULL,
	`draft_editors` text,
	`draft_updated_by` text,
	`draft_updated_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "entries_kind_check" CHECK("entries"."kind" in ('sensor', 'algorithm')),
	CONSTRAINT "entries_status_check" CHECK("entries"."status" in ('draft', 'in_review', 'published', 'archived'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entries_public_id_unique` ON `entries` (`public_id`);--> statement-breakpoint
CREATE INDEX `entries_kind_status` ON `entries` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `entries_org` ON `entries` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `entry_themes` (
	`entry_id` integer NOT NULL,
	`theme` text NOT NULL,
	PRIMARY KEY(`entry_id`, `theme`),
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entry_themes_theme` ON `entry_themes` (`theme`);--> statement-breakpoint
CREATE TABLE `entry_values` (
	`entry_id` integer NOT NULL,
	`value` text NOT NULL,
	`assessment` text NOT NULL,
	`explanation` text NOT NULL,
	`action_category` text,
	`action` text,
	PRIMARY KEY(`entry_id`, `value`),
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`value`) REFERENCES `codio_values`(`slug`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "entry_values_assessment_check" CHECK("entry_values"."assessment" in ('serves', 'at_stake'))
);
--> statement-breakpoint
CREATE INDEX `entry_values_value` ON `entry_values` (`value`,`assessment`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`tooi_id` text,
	`contact_email` text NOT NULL,
	`website` text,
	`objection_url` text,
	`objection_address` text,
	`allow_self_approval` integer DEFAULT false NOT NULL,
	`is_example` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`number` integer NOT NULL,
	`status` text NOT NULL,
	`data` text NOT NULL,
	`change_note` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`approved_by_id` text,
	`approved_by_name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_entry_number` ON `revisions` (`entry_id`,`number`);--> statement-breakpoint
CREATE TRIGGER `revisions_no_update` BEFORE UPDATE ON `revisions` BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `revisions_no_delete` BEFORE DELETE ON `revisions` BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

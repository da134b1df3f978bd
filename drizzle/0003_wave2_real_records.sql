CREATE TABLE `import_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`user_name` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text,
	`mode` text NOT NULL,
	`submit` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`processed` integer DEFAULT 0 NOT NULL,
	`source` text,
	`results` text,
	`error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_jobs_token_unique` ON `import_jobs` (`token`);--> statement-breakpoint
CREATE INDEX `import_jobs_org` ON `import_jobs` (`organisation_id`,`created_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_algorithms` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`algorithm_status` text NOT NULL,
	`publication_category` text NOT NULL,
	`begin_month` text,
	`end_month` text,
	`has_contest` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_algorithms`("entry_id", "algorithm_status", "publication_category", "begin_month", "end_month", "has_contest") SELECT "entry_id", "algorithm_status", "publication_category", "begin_month", "end_month", "has_contest" FROM `algorithms`;--> statement-breakpoint
DROP TABLE `algorithms`;--> statement-breakpoint
ALTER TABLE `__new_algorithms` RENAME TO `algorithms`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `algorithms_status` ON `algorithms` (`algorithm_status`);--> statement-breakpoint
CREATE INDEX `algorithms_category` ON `algorithms` (`publication_category`);--> statement-breakpoint
ALTER TABLE `entries` ADD `origin` text DEFAULT 'form' NOT NULL;--> statement-breakpoint
ALTER TABLE `entries` ADD `todo` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `entries` ADD `lars` text;--> statement-breakpoint
ALTER TABLE `entries` ADD `source_id` text;--> statement-breakpoint
CREATE INDEX `entries_org_updated` ON `entries` (`organisation_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `entries_org_name` ON `entries` (`organisation_id`,`kind`,`name`);--> statement-breakpoint
CREATE INDEX `entries_org_lars` ON `entries` (`organisation_id`,`lars`);--> statement-breakpoint
CREATE INDEX `entries_org_source` ON `entries` (`organisation_id`,`source_id`);
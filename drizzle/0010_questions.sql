CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`topic` text NOT NULL,
	`body` text NOT NULL,
	`reply_email` text,
	`locale` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`answer` text,
	`answer_public` integer DEFAULT false NOT NULL,
	`handled_by_id` text,
	`handled_by_name` text,
	`handled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "questions_topic_check" CHECK("questions"."topic" in ('question', 'error')),
	CONSTRAINT "questions_status_check" CHECK("questions"."status" in ('open', 'answered', 'closed', 'spam'))
);
--> statement-breakpoint
CREATE INDEX `questions_entry` ON `questions` (`entry_id`,`status`);--> statement-breakpoint
CREATE INDEX `questions_status` ON `questions` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `sensor_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`place` text,
	`description` text NOT NULL,
	`reply_email` text,
	`locale` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`entry_id` integer,
	`handled_by_id` text,
	`handled_by_name` text,
	`handled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "sensor_reports_status_check" CHECK("sensor_reports"."status" in ('open', 'converted', 'closed', 'spam'))
);
--> statement-breakpoint
CREATE INDEX `sensor_reports_org` ON `sensor_reports` (`organisation_id`,`status`,`created_at`);
CREATE TABLE `entry_links` (
	`entry_id` integer NOT NULL,
	`target` text NOT NULL,
	PRIMARY KEY(`entry_id`, `target`),
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entry_links_target` ON `entry_links` (`target`);
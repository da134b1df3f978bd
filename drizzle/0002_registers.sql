CREATE TABLE `algorithms` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`algorithm_status` text NOT NULL,
	`publication_category` text NOT NULL,
	`begin_month` text NOT NULL,
	`end_month` text,
	`has_contest` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `algorithms_status` ON `algorithms` (`algorithm_status`);--> statement-breakpoint
CREATE INDEX `algorithms_category` ON `algorithms` (`publication_category`);--> statement-breakpoint
CREATE TABLE `sensors` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`mobility` text NOT NULL,
	`personal_data` integer NOT NULL,
	`geometry_type` text NOT NULL,
	`lon` real NOT NULL,
	`lat` real NOT NULL,
	`min_lon` real NOT NULL,
	`min_lat` real NOT NULL,
	`max_lon` real NOT NULL,
	`max_lat` real NOT NULL,
	`active_from` text NOT NULL,
	`active_until` text,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sensors_lon_lat` ON `sensors` (`lon`,`lat`);--> statement-breakpoint
CREATE INDEX `sensors_type` ON `sensors` (`type`);--> statement-breakpoint
CREATE VIRTUAL TABLE `sensor_rtree` USING rtree(`id`, `min_lon`, `max_lon`, `min_lat`, `max_lat`);
--> statement-breakpoint
CREATE TRIGGER `sensors_rtree_insert` AFTER INSERT ON `sensors` BEGIN
  INSERT INTO `sensor_rtree` (`id`, `min_lon`, `max_lon`, `min_lat`, `max_lat`) VALUES (NEW.`entry_id`, NEW.`min_lon`, NEW.`max_lon`, NEW.`min_lat`, NEW.`max_lat`);
END;
--> statement-breakpoint
CREATE TRIGGER `sensors_rtree_delete` AFTER DELETE ON `sensors` BEGIN
  DELETE FROM `sensor_rtree` WHERE `id` = OLD.`entry_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `sensors_rtree_update` AFTER UPDATE ON `sensors` BEGIN
  DELETE FROM `sensor_rtree` WHERE `id` = OLD.`entry_id`;
  INSERT INTO `sensor_rtree` (`id`, `min_lon`, `max_lon`, `min_lat`, `max_lat`) VALUES (NEW.`entry_id`, NEW.`min_lon`, NEW.`max_lon`, NEW.`min_lat`, NEW.`max_lat`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(`name`, `summary`, `body`, `decisions`, `organisation`, `vals`, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');

PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sensors` (
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
	`active_from` text,
	`active_until` text,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_sensors`("entry_id", "type", "mobility", "personal_data", "geometry_type", "lon", "lat", "min_lon", "min_lat", "max_lon", "max_lat", "active_from", "active_until") SELECT "entry_id", "type", "mobility", "personal_data", "geometry_type", "lon", "lat", "min_lon", "min_lat", "max_lon", "max_lat", "active_from", "active_until" FROM `sensors`;--> statement-breakpoint
DROP TABLE `sensors`;--> statement-breakpoint
ALTER TABLE `__new_sensors` RENAME TO `sensors`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `sensors_lon_lat` ON `sensors` (`lon`,`lat`);--> statement-breakpoint
CREATE INDEX `sensors_type` ON `sensors` (`type`);--> statement-breakpoint
-- Rebuilding the table dropped its triggers: the R*Tree of sensor extents follows the table again.
CREATE TRIGGER `sensors_rtree_insert` AFTER INSERT ON `sensors` BEGIN
  INSERT INTO `sensor_rtree` (`id`, `min_lon`, `max_lon`, `min_lat`, `max_lat`) VALUES (NEW.`entry_id`, NEW.`min_lon`, NEW.`max_lon`, NEW.`min_lat`, NEW.`max_lat`);
END;--> statement-breakpoint
CREATE TRIGGER `sensors_rtree_delete` AFTER DELETE ON `sensors` BEGIN
  DELETE FROM `sensor_rtree` WHERE `id` = OLD.`entry_id`;
END;--> statement-breakpoint
CREATE TRIGGER `sensors_rtree_update` AFTER UPDATE ON `sensors` BEGIN
  DELETE FROM `sensor_rtree` WHERE `id` = OLD.`entry_id`;
  INSERT INTO `sensor_rtree` (`id`, `min_lon`, `max_lon`, `min_lat`, `max_lat`) VALUES (NEW.`entry_id`, NEW.`min_lon`, NEW.`max_lon`, NEW.`min_lat`, NEW.`max_lat`);
END;

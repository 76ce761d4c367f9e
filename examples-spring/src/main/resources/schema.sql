CREATE TABLE IF NOT EXISTS sensor (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  location VARCHAR(100)
);
-- The ten digits the /readings query joins six times into a million rows
CREATE TABLE IF NOT EXISTS digit (d TINYINT NOT NULL PRIMARY KEY);
INSERT IGNORE INTO digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

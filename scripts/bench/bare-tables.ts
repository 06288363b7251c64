/** The bare server's tables, made like intake's (run once after intake has migrated its schema). */
export const BARE_TABLES_SQL = [
  `CREATE SCHEMA bare`,
  `CREATE TABLE bare.petition (LIKE intake.petition INCLUDING ALL)`,
  `ALTER TABLE bare.petition ADD FOREIGN KEY (township_code) REFERENCES intake.township(code), ADD FOREIGN KEY (village_code) REFERENCES intake.village(code),
     ADD FOREIGN KEY (category_code) REFERENCES intake.category(code), ADD FOREIGN KEY (linked_petition_id) REFERENCES bare.petition(id)`,
  `CREATE TABLE bare.petitioner (LIKE intake.petitioner INCLUDING ALL)`,
  `ALTER TABLE bare.petitioner ADD FOREIGN KEY (petition_id) REFERENCES bare.petition(id)`,
  `CREATE TABLE bare.public_step (LIKE intake.public_step INCLUDING ALL)`,
  `ALTER TABLE bare.public_step ADD FOREIGN KEY (petition_id) REFERENCES bare.petition(id)`,
  `CREATE TABLE bare.outbox (LIKE intake.outbox INCLUDING ALL)`,
];


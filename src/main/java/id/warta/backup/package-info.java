/**
 * Backups and restore: the {@code backup DIR} and {@code restore DIR} commands ({@link
 * id.warta.backup.BackupCommand}), scheduled backups with retention ({@link
 * id.warta.backup.Backups}, once across nodes by a job claim) and the newsroom screen
 * /redaksi/cadangan.
 *
 * <p>Owns table {@code backup_run}; reads every table (through JDBC metadata, names none) and the
 * media directory. Depends on platform only (the screen uses the newsroom's layout template).
 */
package id.warta.backup;

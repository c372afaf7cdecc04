import type { BeforeUpgrade } from '../db';

/**
 * The background's `beforeUpgrade`: it refuses to open a database an older
 * schema wrote. An upgrade must follow a backup file, and the MV3 service
 * worker cannot write one (no `URL.createObjectURL`), so after an update the
 * badge waits until the editor opens the popup, issue or options page, which
 * backs up, upgrades and brings the badge up to date.
 */
export const upgradeFromAPage: BeforeUpgrade = async (_old, fromVersion) => {
  throw new Error(`The archive (schema ${fromVersion}) is upgraded by the next extension page that opens, after a backup.`);
};

/** One stored setting (`template`, the backup bookkeeping …), kept in the archive's database. */
export interface Setting {
  key: string;
  value: unknown;
  updatedAt: number;
}

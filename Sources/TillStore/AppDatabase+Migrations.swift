import GRDB

extension AppDatabase {
    /// The schema's history: append-only, because terminals in the field have already run every
    /// migration that shipped. Change the schema by adding a migration, never by editing one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-store-meta") { db in
            try db.execute(sql: """
                CREATE TABLE store_meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                INSERT INTO store_meta (key, value)
                VALUES ('schema_created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
                """)
        }
        migrator.registerMigration("v2-catalog", migrate: CatalogSchema.create)
        migrator.registerMigration("v3-sales", migrate: SalesSchema.create)
        migrator.registerMigration("v4-staff-shifts", migrate: StaffSchema.create)
        migrator.registerMigration("v5-refunds", migrate: RefundSchema.create)
        migrator.registerMigration("v6-products-by-category") { db in
            // The menu screen lists a category's products by name.
            try db.execute(sql: "CREATE INDEX product_by_category ON product(category_id, name, id)")
        }
        migrator.registerMigration("v7-z-reports", migrate: ZReportSchema.create)
        migrator.registerMigration("v8-print-queue", migrate: PrintQueueSchema.create)
        migrator.registerMigration("v9-report-counters", migrate: ReportCounterSchema.create)
        migrator.registerMigration("v10-shift-days", migrate: ShiftDaySchema.create)
        migrator.registerMigration("v11-sync", migrate: SyncSchema.create)
        migrator.registerMigration("v12-inventory", migrate: InventorySchema.create)
        migrator.registerMigration("v13-loyalty", migrate: LoyaltySchema.create)
        migrator.registerMigration("v14-training", migrate: TrainingSchema.create)
        migrator.registerMigration("v15-gift-cards-and-tips", migrate: ReportCounterSchema.createGiftCardsAndTips)
        migrator.registerMigration("v16-open-checks", migrate: OpenCheckSchema.create)
        migrator.registerMigration("v17-shared-checks", migrate: OpenCheckSchema.share)
        migrator.registerMigration("v18-sale-tips", migrate: TipSchema.create)
        return migrator
    }
}

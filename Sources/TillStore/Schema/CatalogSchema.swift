import GRDB

/// The catalog's tables: tax classes, categories, products, their taxes and barcodes, and the search index.
///
/// Money is in integer minor units and quantities in thousandths, as in the core; CHECK constraints
/// repeat the core's invariants so SQLite refuses a bad row even if a bug lets one through.
enum CatalogSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE tax_class (
                code TEXT PRIMARY KEY NOT NULL CHECK (length(code) > 0),
                name TEXT NOT NULL,
                rate_millionths INTEGER NOT NULL CHECK (rate_millionths BETWEEN 0 AND 1000000)
            ) STRICT;

            CREATE TABLE category (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                name TEXT NOT NULL CHECK (length(name) > 0),
                parent_id TEXT REFERENCES category(id)
            ) STRICT;

            CREATE TABLE product (
                id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
                sku TEXT NOT NULL UNIQUE CHECK (length(sku) > 0),
                name TEXT NOT NULL CHECK (length(name) > 0),
                brand TEXT,
                category_id TEXT REFERENCES category(id),
                price INTEGER NOT NULL CHECK (price >= 0),
                priced_per INTEGER NOT NULL CHECK (priced_per > 0),
                unit TEXT NOT NULL CHECK (unit IN ('each', 'kg')),
                plu TEXT UNIQUE CHECK (plu IS NULL OR length(plu) BETWEEN 1 AND 5),
                open_price INTEGER NOT NULL CHECK (open_price IN (0, 1)),
                minimum_age INTEGER CHECK (minimum_age IS NULL OR minimum_age > 0),
                sold_out INTEGER NOT NULL CHECK (sold_out IN (0, 1)),
                variant_of TEXT REFERENCES product(id),
                details TEXT NOT NULL CHECK (json_valid(details)),
                updated_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE product_tax (
                product_id TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
                tax_code TEXT NOT NULL REFERENCES tax_class(code),
                position INTEGER NOT NULL CHECK (position >= 0),
                PRIMARY KEY (product_id, tax_code)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE barcode (
                key TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
                product_id TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX barcode_by_product ON barcode(product_id);

            -- Prefix indexes up to 5 characters: without one, a prefix query merges the doclists of every
            -- matching term before returning its first row (4 ms for "crea" over a million products).
            CREATE VIRTUAL TABLE product_search USING fts5(
                name, brand, sku, category,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3 4 5'
            );
            """)
    }
}

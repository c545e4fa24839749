import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till stock`: levels, deliveries, adjustments, transfers, counts, locations and reorder points.
struct StockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock", abstract: "Look up stock levels; receive, adjust, transfer and count stock.",
        discussion: """
            A level is the hub's sum of every lane's movements plus this terminal's movements the hub has not acknowledged yet; \
            without a hub, this terminal's own movements. Codes are barcodes, PLUs or SKUs. Quantities take up to 3 decimals \
            (weights); give a negative one as --quantity=-3.
            """,
        subcommands: [Levels.self, Receive.self, Adjust.self, StockTransferCommand.self, StockCountCommand.self, Locations.self,
                      Reorder.self])

    struct Levels: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stock on hand by product and location.")

        @OptionGroup var location: DataDirOption
        @OptionGroup var output: ListingFormat
        @Option(name: .customLong("location"), help: "Only this location.") var place: String?
        @Option(help: "Only this product (barcode, PLU or SKU).") var sku: String?
        @Flag(help: "Only products at or below their reorder point, with what to order.") var low = false
        @Flag(help: "Only levels below zero, which a manager should look into.") var negative = false

        func run() throws {
            let store = try StockStore.open(location, changing: false)
            let lowStock = try store.run { () throws(StoreError) in try store.database.lowStock(locationID: place) }
            if low { return output.print(.lowStock(lowStock)) }
            let filter = StockFilter(locationID: place, productID: try sku.map { try store.product($0).id })
            let levels = try store.run { () throws(StoreError) in try store.database.stockLevels(filter) }
            output.print(.levels(negative ? levels.filter(\.isException) : levels, lowStock: lowStock))
        }
    }

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Book a delivery in: a CSV file (code,quantity,cost) or one product with --sku and --quantity.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "A CSV delivery list: code,quantity,cost per line, with or without a header.") var file: String?
        @Option(help: "The product (barcode, PLU or SKU).") var sku: String?
        @Option(help: "How many arrived.") var quantity: String?
        @Option(help: "The unit cost, such as 1.25.") var cost: String?
        @Option(help: "The supplier.") var supplier: String?
        @Option(help: "The delivery note or invoice number; the same note cannot be booked twice.") var reference: String?
        @Option(name: .customLong("location"), help: "Where it goes (default: floor).") var place = StockLocation.floor.id

        func validate() throws {
            guard (file == nil) != (sku == nil) else { throw ValidationError("give a delivery FILE, or --sku and --quantity for one product") }
            if file != nil, quantity != nil || cost != nil { throw ValidationError("--quantity and --cost go with --sku; the FILE has its own") }
            if sku != nil, quantity == nil { throw ValidationError("--sku needs --quantity: how many arrived") }
        }

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            let lines: [Delivery.Line]
            do {
                if let file {
                    lines = try store.lines(of: file).map {
                        try Delivery.Line(productID: $0.product.id, label: "line \($0.line) (\($0.product.name))", quantity: $0.quantity,
                                          unitCost: $0.unitCost)
                    }
                } else {
                    let product = try store.product(sku ?? "")
                    let unitCost = try cost.map { text in
                        guard let minor = try? AmountParser(currency: store.settings.currency).parse(text) else {
                            throw ValidationError("--cost: \(InventoryError.badCost(text).description)")
                        }
                        return minor
                    }
                    lines = [try Delivery.Line(productID: product.id, label: product.name, quantity: try StockStore.quantity(quantity ?? ""),
                                               unitCost: unitCost)]
                }
            } catch let error as InventoryError {
                throw CommandFailure(description: error.description)
            }
            let delivery: Delivery
            do { delivery = try Delivery(supplier: supplier, reference: reference, lines: lines) } catch {
                throw CommandFailure(description: error.description)
            }
            let recorded = try store.run { () throws(StoreError) in try store.database.receive(delivery, at: place, context: store.context()) }
            let costed = lines.contains { $0.unitCost != nil }
            let value = costed ? (try? delivery.value()).map { ", \(Money(minorUnits: $0, currency: store.settings.currency).formatted()) at cost" } : nil
            print("Received \(lines.count) line\(lines.count == 1 ? "" : "s") at \(place) (receipt \(recorded.id))\(value ?? "")")
        }
    }

    struct Adjust: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write stock up or down with a reason.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The product (barcode, PLU or SKU).") var sku: String
        @Option(parsing: .unconditional, help: "How much: -3 takes three away, +2 adds two (write --quantity=-3).") var quantity: String
        @Option(help: ArgumentHelp("Why: \(AdjustmentReason.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "reason"))
        var reason: String
        @Option(help: "A note for whoever reads the adjustment later.") var note: String?
        @Option(name: .customLong("location"), help: "Where (default: floor).") var place = StockLocation.floor.id

        func validate() throws {
            guard AdjustmentReason(rawValue: reason) != nil else {
                throw ValidationError("--reason must be one of \(AdjustmentReason.allCases.map(\.rawValue).joined(separator: ", ")), not \(reason)")
            }
            _ = try StockStore.quantity(quantity, signed: true)
        }

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            let product = try store.product(sku)
            let adjustment: StockAdjustment
            do {
                adjustment = try StockAdjustment(productID: product.id, label: product.name, locationID: place,
                                                 quantity: try StockStore.quantity(quantity, signed: true),
                                                 reason: AdjustmentReason(rawValue: reason) ?? .other, note: note)
            } catch let error as InventoryError {
                throw CommandFailure(description: error.description)
            }
            _ = try store.run { () throws(StoreError) in try store.database.adjust(adjustment, context: store.context()) }
            let level = try store.run { () throws(StoreError) in
                try store.database.stockLevels(StockFilter(locationID: place, productID: product.id)).first?.quantity ?? Quantity(thousandths: 0)
            }
            print("\(product.name) at \(place): \(quantity) (\(adjustment.reason.label)); now \(level.formatted)")
        }
    }

    struct Locations: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the store's locations, or add one.", subcommands: [List.self, Add.self],
                                                        defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the store's locations.")
            @OptionGroup var location: DataDirOption
            @OptionGroup var output: ListingFormat

            func run() throws {
                let store = try StockStore.open(location, changing: false)
                output.print(.locations(try store.run { () throws(StoreError) in try store.database.locations() }))
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a location (or rename one).")
            @OptionGroup var location: DataDirOption
            @Option(help: "Its id: lower-case letters, digits and dashes, such as back-room.") var id: String
            @Option(help: "What people call it, such as \"Back room\".") var name: String

            func run() throws {
                let place: StockLocation
                do { place = try StockLocation(id: id, name: name) } catch { throw ValidationError(error.description) }
                let store = try StockStore.open(location, changing: false)
                try store.run { () throws(StoreError) in try store.database.saveLocation(place, at: Date()) }
                print("Location \(place.id): \(place.name)")
            }
        }
    }

    struct Reorder: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set when a product is low at a location (its reorder point) and the multiple it is ordered in.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The product (barcode, PLU or SKU).") var sku: String
        @Option(help: "Low at or below this level.") var point: String?
        @Option(help: "Order in multiples of this (a case).") var quantity: String?
        @Flag(help: "Remove the reorder point.") var clear = false
        @Option(name: .customLong("location"), help: "Where (default: floor).") var place = StockLocation.floor.id

        func validate() throws {
            guard clear == (point == nil && quantity == nil), clear || (point != nil && quantity != nil) else {
                throw ValidationError("give --point and --quantity, or --clear")
            }
        }

        func run() throws {
            let store = try StockStore.open(location, changing: false)
            let product = try store.product(sku)
            let level: ReorderLevel?
            do {
                level = try point.map {
                    try ReorderLevel(point: try StockQuantity.parse($0, allowingZero: true), quantity: try StockQuantity.parse(quantity ?? ""),
                                     product: product.name)
                }
            } catch let error as InventoryError {
                throw CommandFailure(description: error.description)
            }
            try store.run { () throws(StoreError) in try store.database.setReorderLevel(level, of: product.id, at: place) }
            print(level.map { "\(product.name) at \(place): low at \($0.point.formatted), ordered in \($0.quantity.formatted)s" }
                  ?? "\(product.name) at \(place): no reorder point")
        }
    }
}

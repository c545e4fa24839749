/// The sale being rung up: lines, discounts, customer and tenders, as plain data that persists and resumes.
///
/// The cart holds no prices it could get wrong: totals, promotions and tax are computed on demand by
/// `PricingContext.price(_:)`, so a resumed cart always prices the same way. Lines cannot change once a
/// tender is taken; remove the tenders first.
public struct Cart: Hashable, Codable, Sendable {
    public let currency: Currency
    /// When the sale started; time-windowed promotions are judged at this moment, so a sale's total
    /// does not change while it is being paid.
    public let openedAt: LocalTime
    public private(set) var lines: [CartLine] = []
    public private(set) var orderDiscount: Discount?
    public var customerID: String?
    public var taxExempt: Bool = false
    /// Tax classes charged in place of others for this sale, by code (take-away food at the reduced
    /// rate where eating in pays the standard one); nil for none.
    public internal(set) var taxSubstitutes: [String: String]?
    public internal(set) var tenders: [Tender] = []
    private(set) var nextLineID = 1

    public init(currency: Currency, openedAt: LocalTime) {
        self.currency = currency
        self.openedAt = openedAt
    }

    /// Lines that count: not voided.
    public var activeLines: [CartLine] { lines.filter { !$0.voided } }
    public var isEmpty: Bool { activeLines.isEmpty }

    /// Rings up `product`, checking what a cashier would be stopped for, and returns the new line's id.
    ///
    /// - Parameters:
    ///   - modifiers: chosen option ids by modifier group id.
    ///   - openPrice: the keyed price, required for open-price products and refused for others.
    ///   - labelPrice: the price printed on a pack's barcode; the line is then that many packs at that price.
    ///   - ageConfirmed: the cashier confirmed the buyer's age for an age-restricted product.
    ///   - time: now, for availability windows and timed prices.
    @discardableResult
    public mutating func add(
        _ product: Product, quantity: Quantity = .one, modifiers: [String: [String]] = [:],
        openPrice: Int64? = nil, labelPrice: Int64? = nil, ageConfirmed: Bool = false, at time: LocalTime
    ) throws(CartError) -> Int {
        try refuseWhilePaying()
        guard !product.soldOut else { throw .soldOut(product.name) }
        guard product.availability.allows(time) else { throw .notAvailableNow(product.name) }
        if let labelPrice {
            guard labelPrice >= 0 else { throw .badQuantity(product.name, reason: "the label price is negative") }
            var pack = product
            (pack.price, pack.pricedPer, pack.unit, pack.timedPrices, pack.openPrice) = (labelPrice, .one, .each, [], false)
            return try add(pack, quantity: quantity, modifiers: modifiers, ageConfirmed: ageConfirmed, at: time)
        }
        try Self.check(quantity, for: product)
        if let age = product.minimumAge, !ageConfirmed { throw .ageCheckRequired(product.name, minimumAge: age) }
        let chosen = try Self.choose(modifiers, for: product)
        let base: Int64
        switch (product.openPrice, openPrice) {
        case (true, let keyed?) where keyed > 0: base = keyed
        case (true, _): throw .priceRequired(product.name)
        case (false, nil): base = product.price(at: time)
        case (false, _?): throw .badQuantity(product.name, reason: "has a fixed price; use a price override")
        }
        let unitPrice = try cartMoney { () throws(MoneyError) in try Checked.sum([base] + chosen.map(\.priceDelta)) }
        let line = CartLine(
            id: nextLineID, productID: product.id, sku: product.sku, name: product.name,
            categoryID: product.categoryID, taxCodes: product.taxCodes, unit: product.unit,
            quantity: quantity, pricedPer: product.pricedPer, unitPrice: unitPrice, modifiers: chosen,
            priceOverride: nil, discount: nil, voided: false, minimumAge: product.minimumAge, owed: nil)
        _ = try cartMoney { () throws(MoneyError) in try line.gross(rounding: .halfUp) }
        lines.append(line)
        nextLineID += 1
        return line.id
    }

    /// Puts `amount` on the gift card or voucher `code` as a line of this sale, paid with the rest of it.
    @discardableResult
    public mutating func loadGiftCard(_ code: VoucherCode, amount: Int64) throws(CartError) -> Int {
        try refuseWhilePaying()
        guard amount > 0, amount <= Voucher.largestAmount else {
            let largest = Money(minorUnits: Voucher.largestAmount, currency: currency).formatted()
            throw .giftCard(code.text, reason: "load an amount above zero and at most \(largest)")
        }
        guard !activeLines.contains(where: { $0.giftCard == code.text }) else {
            throw .giftCard(code.text, reason: "already on this sale; void that line to change its amount")
        }
        let line = CartLine(
            id: nextLineID, productID: .giftCard, sku: code.text, name: "Gift card \(code.text)", categoryID: nil, taxCodes: [],
            unit: .each, quantity: .one, pricedPer: .one, unitPrice: amount, modifiers: [], priceOverride: nil, discount: nil,
            voided: false, minimumAge: nil, owed: .giftCard(code.text))
        lines.append(line)
        nextLineID += 1
        return line.id
    }

    /// Adds a tip of `amount` for server `serverID`, paid with the sale; one tip a sale.
    @discardableResult
    public mutating func addTip(_ amount: Int64, for serverID: String) throws(CartError) -> Int {
        try refuseWhilePaying()
        guard amount > 0 else { throw .badTender("a tip must be above zero") }
        guard !activeLines.contains(where: { $0.tipFor != nil }) else { throw .badTender("a tip is on this sale already; void it to change it") }
        let line = CartLine(
            id: nextLineID, productID: .tip, sku: "TIP", name: "Tip", categoryID: nil, taxCodes: [], unit: .each, quantity: .one,
            pricedPer: .one, unitPrice: amount, modifiers: [], priceOverride: nil, discount: nil, voided: false, minimumAge: nil,
            owed: .tip(serverID))
        _ = try cartMoney { () throws(MoneyError) in try Checked.sum(activeLines.map(\.unitPrice) + [amount]) }
        lines.append(line)
        nextLineID += 1
        return line.id
    }

    /// Takes a copy of `line` (from another check's cart) as a new line of this one, and returns its id.
    mutating func adopt(_ line: CartLine) throws(CartError) -> Int {
        guard tenders.isEmpty else { throw .paymentInProgress }
        var copy = line
        copy.id = nextLineID
        lines.append(copy)
        nextLineID += 1
        return copy.id
    }

    /// Takes lines `ids` out of the cart (moved to another check, not voided), in cart order.
    mutating func remove(lines ids: Set<Int>) throws(CartError) -> [CartLine] {
        guard tenders.isEmpty else { throw .paymentInProgress }
        if let missing = ids.sorted().first(where: { id in !lines.contains { $0.id == id } }) { throw .noSuchLine(missing) }
        let taken = lines.filter { ids.contains($0.id) }
        lines.removeAll { ids.contains($0.id) }
        return taken
    }

    /// Sets the automatic service charge line to `amount` (nil or 0: none): added, repriced or taken
    /// off, never voided, since nobody rang it up. It is a sale like any other (taxed by `taxCodes`).
    mutating func setServiceCharge(_ amount: Int64?, name: String, taxCodes: [String]) throws(CartError) {
        try refuseWhilePaying()
        let index = lines.firstIndex { $0.productID == .serviceCharge && !$0.voided }
        guard let amount, amount > 0 else {
            if let index { lines.remove(at: index) }
            return
        }
        let line = CartLine(
            id: index.map { lines[$0].id } ?? nextLineID, productID: .serviceCharge, sku: "SERVICE", name: name, categoryID: nil,
            taxCodes: taxCodes, unit: .each, quantity: .one, pricedPer: .one, unitPrice: amount, modifiers: [], priceOverride: nil,
            discount: nil, voided: false, minimumAge: nil, owed: nil)
        if let index {
            lines[index] = line
        } else {
            lines.append(line)
            nextLineID += 1
        }
    }

    /// Marks a line voided; it stays on the sale, struck through, for the audit trail.
    public mutating func void(line id: Int) throws(CartError) {
        try editLine(id) { line throws(CartError) in line.voided = true }
    }

    /// Changes a line's quantity (for a counted item, whole numbers only).
    public mutating func setQuantity(_ quantity: Quantity, line id: Int) throws(CartError) {
        try editLine(id, goodsOnly: "quantity") { line throws(CartError) in
            guard quantity.thousandths > 0 else { throw .badQuantity(line.name, reason: "quantity must be above zero") }
            guard line.unit == .kilogram || quantity.wholeCount != nil else {
                throw .badQuantity(line.name, reason: "is counted in whole items")
            }
            line.quantity = quantity
        }
    }

    /// Replaces a line's price; the caller has checked the permission and names who approved it.
    public mutating func overridePrice(_ price: Int64, line id: Int, approvedBy: String?) throws(CartError) {
        try editLine(id, goodsOnly: "price") { line throws(CartError) in
            guard price >= 0 else { throw .badDiscount("a price cannot be negative") }
            line.priceOverride = PriceOverride(price: price, approvedBy: approvedBy)
        }
    }

    /// Sets or clears a line's manual discount.
    public mutating func discount(_ discount: Discount?, line id: Int, rounding: RoundingMode = .halfUp) throws(CartError) {
        let currency = currency
        try editLine(id, goodsOnly: "discount") { line throws(CartError) in
            if let discount {
                let gross = try cartMoney { () throws(MoneyError) in try line.gross(rounding: rounding) }
                _ = try discount.value(on: gross, currency: currency, rounding: rounding)
            }
            line.discount = discount
        }
    }

    /// Takes `line` in place of the line with its id (a change replayed from another lane's copy).
    mutating func replace(_ line: CartLine) throws(CartError) {
        try refuseWhilePaying()
        guard let index = lines.firstIndex(where: { $0.id == line.id }) else { throw .noSuchLine(line.id) }
        lines[index] = line
    }

    /// Sets or clears the discount on the whole sale (spread over the lines for tax).
    public mutating func discountOrder(_ discount: Discount?) throws(CartError) {
        try refuseWhilePaying()
        orderDiscount = discount
    }

    /// Removes the last tender taken (a declined card reversed, a mistaken cash amount).
    public mutating func removeLastTender() throws(CartError) {
        guard !tenders.isEmpty else { throw .noTenders }
        tenders.removeLast()
    }

    /// Changes one line; `goodsOnly` names a change a gift card line refuses (its amount is what it loads).
    private mutating func editLine(_ id: Int, goodsOnly: String? = nil, _ change: (inout CartLine) throws(CartError) -> Void) throws(CartError) {
        try refuseWhilePaying()
        guard let index = lines.firstIndex(where: { $0.id == id }) else { throw .noSuchLine(id) }
        guard !lines[index].voided else { throw .lineVoided(id) }
        if let goodsOnly, let code = lines[index].giftCard {
            throw .giftCard(code, reason: "no \(goodsOnly) change on a card load; void the line and load the card again")
        }
        if let goodsOnly, lines[index].tipFor != nil { throw .badTender("no \(goodsOnly) change on a tip; void it and add it again") }
        try change(&lines[index])
    }

    private func refuseWhilePaying() throws(CartError) {
        guard tenders.isEmpty else { throw .paymentInProgress }
    }

    private static func check(_ quantity: Quantity, for product: Product) throws(CartError) {
        guard quantity.thousandths > 0 else { throw .badQuantity(product.name, reason: "quantity must be above zero") }
        if product.unit == .each && quantity.wholeCount == nil {
            throw .badQuantity(product.name, reason: "is counted in whole items")
        }
    }

    private static func choose(_ selection: [String: [String]], for product: Product) throws(CartError) -> [ChosenModifier] {
        if let unknown = selection.keys.sorted().first(where: { key in !product.modifierGroups.contains { $0.id == key } }) {
            throw .modifierChoice(product.name, group: unknown, reason: "is not a choice for this item")
        }
        var chosen: [ChosenModifier] = []
        for group in product.modifierGroups {
            let picked = selection[group.id] ?? []
            guard picked.count >= group.minChoices else {
                throw .modifierChoice(product.name, group: group.name, reason: "choose at least \(group.minChoices)")
            }
            guard picked.count <= group.maxChoices else {
                throw .modifierChoice(product.name, group: group.name, reason: "choose at most \(group.maxChoices)")
            }
            for optionID in picked {
                guard let option = group.options.first(where: { $0.id == optionID }) else {
                    throw .modifierChoice(product.name, group: group.name, reason: "'\(optionID)' is not an option")
                }
                chosen.append(ChosenModifier(groupID: group.id, optionID: option.id, name: option.name, priceDelta: option.priceDelta))
            }
        }
        return chosen
    }
}

extension SaleGoal {
    /// Whether the order holds exactly the goal's items (summed by product and options, however
    /// they were rung), was paid as asked, and carries what else the goal names.
    public func isMet(by order: Order) -> Bool {
        let sold = order.cart.activeLines.map { ItemGoal(product: $0.productID, quantity: $0.quantity, options: Set($0.modifiers.map(\.optionID))) }
        guard ItemGoal.match(items, sold) else { return false }
        if let tenders, Set(order.tenders.map(\.kind)) != tenders { return false }
        if customer && order.cart.customerID == nil { return false }
        if discount && order.cart.orderDiscount == nil && !order.cart.activeLines.contains(where: { $0.discount != nil }) { return false }
        return order.cart.lines.filter(\.voided).count >= voidedLines
    }
}

extension ItemGoal {
    /// Whether `actual` holds the same products with the same options in the same total quantities as
    /// `expected` (an expected item without a quantity takes whatever was rung).
    static func match(_ expected: [ItemGoal], _ actual: [ItemGoal]) -> Bool {
        struct Key: Hashable { let product: ProductID; let options: Set<String> }
        var totals: [Key: Int64] = [:]
        for item in actual { totals[Key(product: item.product, options: item.options), default: 0] += item.quantity?.thousandths ?? 0 }
        var wanted: [Key: Int64] = [:]
        var anyQuantity: Set<Key> = []
        for item in expected {
            let key = Key(product: item.product, options: item.options)
            wanted[key, default: 0] += item.quantity?.thousandths ?? 0
            if item.quantity == nil { anyQuantity.insert(key) }
        }
        guard Set(totals.keys) == Set(wanted.keys) else { return false }
        return wanted.allSatisfy { key, quantity in anyQuantity.contains(key) || totals[key] == quantity }
    }
}

extension Refund {
    /// The refunded lines as items, with the options they were sold with.
    func itemsAsSold(_ order: Order?) -> [ItemGoal] {
        lines.map { line in
            let sold = line.lineID.flatMap { id in order?.cart.lines.first { $0.id == id } }
            return ItemGoal(product: line.productID, quantity: line.quantity, options: Set(sold?.modifiers.map(\.optionID) ?? []))
        }
    }
}

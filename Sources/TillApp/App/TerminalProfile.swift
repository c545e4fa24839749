public import Foundation
public import TermUI
public import TillCore
public import TillDevices

/// What stays fixed while the app runs on this terminal: who it is, how it prices, its keys and rules.
public struct TerminalProfile: Sendable {
    public var storeName: String
    public var terminalID: String
    public var training: Bool
    public var pricing: PricingContext
    /// The notes and coins the drawer is counted in.
    public var denominations: DenominationSet
    /// Over/short past this many minor units needs a reason at shift close.
    public var varianceThreshold: Int64
    /// Lock the screen after this long without a key; nil never locks.
    public var idleLock: TimeInterval?
    public var policy: PermissionPolicy
    public var keymap: Keymap
    /// Staff numbers and PINs printed on the login screen: demo and training stores only.
    public var loginHint: String?
    /// Category ids in the menu's order; empty lists every category by name.
    public var menuCategories: [String]
    /// Characters per line of the receipt printer; nil on a lane without one.
    public var printColumns: Int?
    /// How a keyboard-wedge scanner's keys are told from typing.
    public var keyboardScanner = KeyboardWedge.Mode.off
    /// Whether a scale weighs items sold by weight (else the cashier types the weight).
    public var hasScale = false
    /// The training exercises this lane offers (shipped in exercises/), run in training mode.
    public var exercises: [Exercise] = []
    /// Whether this store is a live lane's practice copy, which the lane can leave for the live one.
    public var isTrainingCopy = false
    /// Table service: the floor, stations and courses; off without tables.
    public var restaurant = RestaurantSettings()

    public init(storeName: String, terminalID: String, training: Bool, pricing: PricingContext, denominations: DenominationSet,
                varianceThreshold: Int64 = 500, idleLock: TimeInterval? = nil, policy: PermissionPolicy = .standard,
                keymap: Keymap, loginHint: String? = nil, menuCategories: [String] = []) {
        self.storeName = storeName
        self.terminalID = terminalID
        self.training = training
        self.pricing = pricing
        self.denominations = denominations
        self.varianceThreshold = varianceThreshold
        self.idleLock = idleLock
        self.policy = policy
        self.keymap = keymap
        self.loginHint = loginHint
        self.menuCategories = menuCategories
    }

    /// The note values of the drawer, for the payment screen's quick cash keys.
    public var notes: [Int64] { denominations.denominations.filter { $0.kind == .note }.map(\.minorUnits) }
}

/// The version `till --version` prints.
public enum TillVersion {
    public static let current = "0.1.0"
}

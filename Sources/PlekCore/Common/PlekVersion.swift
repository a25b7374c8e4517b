/// The version of Plek, reported by `plek --version`, the service's `health` method and
/// every report.
public enum PlekVersion {
  /// The version string.
  public static let current = "0.1.0"
}

/// The journal line format this build writes and reads.
public enum FormatVersion {
    public static let current = 1
}

/// A made-up office address in one of the catalogue's places.
public struct SyntheticAddress: Sendable, Hashable {
    public let placeID: String
    public let tier: String
    public let floor: Int
    public let room: String
    /// "歌华大厦 12层 1203室".
    public let text: String
}

/// Placeholder until the pinyin table lands: matches nothing.
public struct PinyinKey: Sendable {
    public init(_ name: String) {}
    public func matches(_ query: String) -> Bool { false }
}

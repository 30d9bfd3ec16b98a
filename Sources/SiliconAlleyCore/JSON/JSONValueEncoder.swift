/// Encodes any Encodable into a JSONValue, so model records reach the journal through the
/// canonical writer. Dates are not used here: the model keeps dates as LocalDate strings.
public struct JSONValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let box = EncodingBox()
        try value.encode(to: ValueEncoder(box: box, codingPath: []))
        return box.value ?? .null
    }
}

private final class EncodingBox {
    var value: JSONValue?
    init(_ v: JSONValue? = nil) { value = v }
}

/// Children write into their parent's box when they finish.
private struct ValueEncoder: Encoder {
    let box: EncodingBox
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if box.value == nil { box.value = .object([:]) }
        return KeyedEncodingContainer(KeyedEncoder<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if box.value == nil { box.value = .array([]) }
        return UnkeyedEncoder(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleEncoder(box: box, codingPath: codingPath)
    }
}

private func encodeChild<T: Encodable>(_ value: T, path: [CodingKey]) throws -> JSONValue {
    switch value {
    case let s as String: return .string(s)
    case let i as Int: return .int(Int64(i))
    case let i as Int64: return .int(i)
    case let b as Bool: return .bool(b)
    case let d as Double: return .double(d)
    case let j as JSONValue: return j
    default:
        let child = EncodingBox()
        try value.encode(to: ValueEncoder(box: child, codingPath: path))
        return child.value ?? .object([:])
    }
}

private struct KeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: EncodingBox
    var codingPath: [CodingKey]

    private func set(_ v: JSONValue, _ key: Key) {
        guard case .object(var o) = box.value else { return }
        box.value = nil  // release the buffer so the write below does not copy it
        o[key.stringValue] = v
        box.value = .object(o)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.double(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.int(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try encodeChild(value, path: codingPath + [key]), key)
    }
    // Absent optionals are left out rather than written as null: shorter lines.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { set(.string(value), key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { set(.int(Int64(value)), key) }
    }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
        if let value { set(.int(value), key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { set(.bool(value), key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        fatalError("nested containers are not used by the model")
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        fatalError("nested containers are not used by the model")
    }
    mutating func superEncoder() -> Encoder { fatalError("not used") }
    mutating func superEncoder(forKey key: Key) -> Encoder { fatalError("not used") }
}

private struct UnkeyedEncoder: UnkeyedEncodingContainer {
    let box: EncodingBox
    var codingPath: [CodingKey]
    var count: Int {
        if case .array(let a) = box.value { return a.count }
        return 0
    }

    private func append(_ v: JSONValue) {
        guard case .array(var a) = box.value else { return }
        box.value = nil
        a.append(v)
        box.value = .array(a)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Int) throws { append(.int(Int64(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try encodeChild(value, path: codingPath)) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        fatalError("nested containers are not used by the model")
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { fatalError("not used") }
    mutating func superEncoder() -> Encoder { fatalError("not used") }
}

private struct SingleEncoder: SingleValueEncodingContainer {
    let box: EncodingBox
    var codingPath: [CodingKey]
    mutating func encodeNil() throws { box.value = .null }
    mutating func encode(_ value: Bool) throws { box.value = .bool(value) }
    mutating func encode(_ value: String) throws { box.value = .string(value) }
    mutating func encode(_ value: Double) throws { box.value = .double(value) }
    mutating func encode(_ value: Int) throws { box.value = .int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { box.value = .int(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { box.value = try encodeChild(value, path: codingPath) }
}

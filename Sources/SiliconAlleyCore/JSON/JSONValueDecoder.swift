/// Decodes a Decodable from a JSONValue tree (the counterpart of JSONValueEncoder).
public struct JSONValueDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try decodeChild(type, value, path: [])
    }
}

private func mismatch(_ path: [CodingKey], _ what: String) -> DecodingError {
    .typeMismatch(Any.self, .init(codingPath: path, debugDescription: "expected \(what)"))
}

private func decodeChild<T: Decodable>(_ type: T.Type, _ value: JSONValue, path: [CodingKey]) throws -> T {
    switch type {
    case is String.Type:
        guard case .string(let s) = value else { throw mismatch(path, "string") }
        return s as! T
    case is Int.Type:
        guard let i = value.intValue else { throw mismatch(path, "integer") }
        return Int(i) as! T
    case is Int64.Type:
        guard let i = value.intValue else { throw mismatch(path, "integer") }
        return i as! T
    case is Bool.Type:
        guard case .bool(let b) = value else { throw mismatch(path, "boolean") }
        return b as! T
    case is Double.Type:
        switch value {
        case .double(let d): return d as! T
        case .int(let i): return Double(i) as! T
        default: throw mismatch(path, "number")
        }
    case is JSONValue.Type:
        return value as! T
    default:
        return try T(from: ValueDecoder(value: value, codingPath: path))
    }
}

private struct ValueDecoder: Decoder {
    let value: JSONValue
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let o) = value else { throw mismatch(codingPath, "object") }
        return KeyedDecodingContainer(KeyedDecoder<Key>(object: o, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let a) = value else { throw mismatch(codingPath, "array") }
        return UnkeyedDecoder(items: a, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleDecoder(value: value, codingPath: codingPath)
    }
}

private struct KeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    var codingPath: [CodingKey]
    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    private func get(_ key: Key) throws -> JSONValue {
        guard let v = object[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing \(key.stringValue)"))
        }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = object[key.stringValue] ?? .null { return true }
        return false
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        guard case .string(let s) = try get(key) else { throw mismatch(codingPath + [key], "string") }
        return s
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        guard let i = try get(key).intValue else { throw mismatch(codingPath + [key], "integer") }
        return Int(i)
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        guard case .bool(let b) = try get(key) else { throw mismatch(codingPath + [key], "boolean") }
        return b
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decodeChild(type, try get(key), path: codingPath + [key])
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let v = object[key.stringValue] else { return nil }
        if case .null = v { return nil }
        return try decodeChild(type, v, path: codingPath + [key])
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(value: try get(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try ValueDecoder(value: try get(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    func superDecoder() throws -> Decoder { fatalError("not used") }
    func superDecoder(forKey key: Key) throws -> Decoder { fatalError("not used") }
}

private struct UnkeyedDecoder: UnkeyedDecodingContainer {
    let items: [JSONValue]
    var codingPath: [CodingKey]
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [JSONValue], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex] { currentIndex += 1; return true }
        return false
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw mismatch(codingPath, "more items") }
        defer { currentIndex += 1 }
        return try decodeChild(type, items[currentIndex], path: codingPath)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let v: JSONValue = try decode(JSONValue.self)
        return try ValueDecoder(value: v, codingPath: codingPath).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let v: JSONValue = try decode(JSONValue.self)
        return try ValueDecoder(value: v, codingPath: codingPath).unkeyedContainer()
    }
    mutating func superDecoder() throws -> Decoder { fatalError("not used") }
}

private struct SingleDecoder: SingleValueDecodingContainer {
    let value: JSONValue
    var codingPath: [CodingKey]
    func decodeNil() -> Bool { if case .null = value { return true }; return false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeChild(type, value, path: codingPath) }
}

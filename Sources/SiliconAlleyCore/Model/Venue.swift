import Foundation

/// Where an event takes place: one of the plan's places (data/catalog/places.json), with a
/// room inside it when one is named, or a named venue outside the catalogue.
public enum Venue: Sendable, Hashable, Codable {
    /// A catalogue place id, and the room (e.g. 多功能厅) if the event takes only part of it.
    case place(String, room: String?)
    /// A venue the catalogue does not list, by name (e.g. 国家会议中心).
    case outside(String)

    /// Two bookings compete for the same space: the same outside venue, or the same place
    /// where the rooms are equal or one of the bookings takes the whole place.
    public func sharesSpace(with other: Venue) -> Bool {
        switch (self, other) {
        case let (.place(a, ra), .place(b, rb)):
            guard a == b else { return false }
            guard let ra, let rb else { return true }
            return Self.key(ra) == Self.key(rb)
        case let (.outside(a), .outside(b)):
            return Self.key(a) == Self.key(b)
        default:
            return false
        }
    }

    /// The catalogue place id, if any.
    public var placeID: String? {
        if case .place(let id, _) = self { return id }
        return nil
    }

    /// The venue's name in both languages ("歌华大厦 多功能厅" / "Gehua Building 多功能厅").
    public func name(catalog: Catalog = .plan) -> Phrase {
        switch self {
        case let .place(id, room):
            let p = catalog.place(id: id)
            let suffix = room.map { " " + $0 } ?? ""
            return Phrase((p?.zh ?? id) + suffix, (p?.en ?? id) + suffix)
        case let .outside(name):
            return Phrase(same: name)
        }
    }

    /// Names compared without case, spacing or full-width forms.
    static func key(_ s: String) -> String {
        TextNormalization.halfWidth(s).lowercased().filter { !$0.isWhitespace }
    }

    // MARK: Reading what an operator typed

    /// A venue from a form: `text` names a catalogue place (id, Chinese or English name, or a
    /// part of one name of four characters or more, e.g. 共享数字策展中心 or Gehua) or an outside
    /// venue; `room` is optional and only for a catalogue place. Text that contains a
    /// catalogue place's name ("歌华大厦多功能厅"), or part of several, is refused rather than
    /// taken as an outside venue, so one place is never booked twice under two spellings.
    public static func resolve(_ text: String, room: String, catalog: Catalog) throws(FieldError) -> Venue {
        let t = try Required.text(text, field: "venue", maxLength: 100)
        let r = try Required.optionalText(room, field: "room", maxLength: 50)
        if let p = catalog.findPlace(t) { return .place(p.id, room: r) }
        let k = key(t)
        func names(_ p: Place) -> [String] { [key(p.zh), key(p.en)] }
        if let inside = catalog.places.first(where: { names($0).contains { k.contains($0) } }) {
            let rest = t.replacingOccurrences(of: inside.zh, with: "")
                .replacingOccurrences(of: inside.en, with: "", options: .caseInsensitive).trimmingCharacters(in: .whitespaces)
            throw FieldError(field: "venue",
                             zh: "“\(inside.zh)”是目录中的地点：请选择它，房间“\(rest)”填在房间一栏",
                             en: "“\(inside.en)” is a catalogue place: choose it and put “\(rest)” in the room field")
        }
        let containing = catalog.places.filter { names($0).contains { $0.contains(k) } }
        if containing.count == 1, k.count >= 4 { return .place(containing[0].id, room: r) }
        if !containing.isEmpty {
            let names = containing.map(\.zh).joined(separator: "、")
            throw FieldError(field: "venue", zh: "“\(t)”不明确，可能是：\(names)", en: "“\(t)” is ambiguous: \(names)")
        }
        if r != nil {
            throw FieldError(field: "room", zh: "房间只用于目录中的地点；场外场地请写全名称",
                             en: "a room is only for a catalogue place; give an outside venue's full name")
        }
        return .outside(t)
    }

    /// An older journal's venue, a bare string: a catalogue place when it names one
    /// (a name followed by a room, "歌华大厦多功能厅", keeps the room), else an outside venue.
    static func legacy(_ text: String, catalog: Catalog) -> Venue {
        if let p = catalog.findPlace(text) { return .place(p.id, room: nil) }
        let prefixed = catalog.places.filter { text.hasPrefix($0.zh) }.max { $0.zh.count < $1.zh.count }
        if let p = prefixed {
            let room = String(text.dropFirst(p.zh.count)).trimmingCharacters(in: .whitespaces)
            return .place(p.id, room: room.isEmpty ? nil : room)
        }
        return .outside(text)
    }

    // MARK: Codable: {"place":"gehua","room":"多功能厅"} or {"outside":"国家会议中心"};
    // older journals wrote a bare string.

    private enum Keys: String, CodingKey { case place, room, outside }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self = Self.legacy(text, catalog: .plan)
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        if let id = try c.decodeIfPresent(String.self, forKey: .place) {
            self = .place(id, room: try c.decodeIfPresent(String.self, forKey: .room))
        } else {
            self = .outside(try c.decode(String.self, forKey: .outside))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case let .place(id, room):
            try c.encode(id, forKey: .place)
            try c.encodeIfPresent(room, forKey: .room)
        case let .outside(name):
            try c.encode(name, forKey: .outside)
        }
    }
}

import Testing
@testable import SiliconAlleyCore

/// A snapshot's versions stay bytes until asked for; lines after it go over them.
@Suite struct EntityVersionsTests {
    static func base(_ entries: [(String, Int)]) -> EntityVersions {
        var w = BinaryWriter()
        for (k, v) in entries { w.string(k); w.int(Int64(v)) }
        return EntityVersions(base: .init(frames: w.out, count: entries.count, newest: entries.map(\.1).max() ?? 0))
    }

    @Test func readsTheBaseAndWhatCameAfterOverIt() {
        var v = Self.base([("ent-1", 3), ("ent-2", 7), ("prj-4", 9)])
        #expect(v["ent-1"] == 3 && v["prj-4"] == 9 && v["nothing"] == nil)
        v["ent-2"] = 12
        v["tkt-11"] = 11
        #expect(v["ent-2"] == 12 && v["tkt-11"] == 11 && v["ent-1"] == 3)
        #expect(v.count == 4 && !v.isEmpty)
        var plain = EntityVersions()
        for (k, n) in [("ent-1", 3), ("ent-2", 12), ("prj-4", 9), ("tkt-11", 11)] { plain[k] = n }
        #expect(v == plain && plain == v)
        #expect(Dictionary(uniqueKeysWithValues: v.map { ($0.key, $0.value) }) == plain.table)
    }

    @Test func changedAfterASeqIsExactEitherSideOfTheSnapshot() {
        var v = Self.base([("ent-1", 3), ("ent-2", 7), ("prj-4", 9)])
        v["ent-2"] = 12
        // After the snapshot's newest line: only what came since.
        #expect(v.changed(after: 9).map(\.key) == ["ent-2"])
        #expect(v.changed(after: 12).isEmpty)
        // Before it: the base counts too.
        #expect(Set(v.changed(after: 5).map(\.key)) == ["ent-2", "prj-4"])
    }

    @Test func removingAnEntryLeavesNoBaseEntryShowingThrough() {
        var v = Self.base([("ent-1", 3), ("ent-2", 7)])
        v["ent-1"] = nil
        #expect(v["ent-1"] == nil && v["ent-2"] == 7 && v.count == 1)
    }

    @Test func anEmptyBaseIsEmpty() {
        #expect(Self.base([]).isEmpty)
        #expect(EntityVersions().isEmpty)
    }
}

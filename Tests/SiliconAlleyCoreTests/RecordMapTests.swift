import Testing
@testable import SiliconAlleyCore

/// `update` and `withValue` keep value semantics: a copy of the table, or a box held
/// elsewhere, never sees a change.
@Suite struct RecordMapTests {
    @Test func anUpdateChangesTheRecordAndReportsAMissingOne() {
        var m = RecordMap<[Int]>()
        m["a"] = [1]
        #expect(m.update("a") { $0.append(2) })
        #expect(m["a"] == [1, 2])
        #expect(!m.update("b") { $0.append(3) })
        #expect(m["b"] == nil && m.count == 1)
        #expect(m.withValue("a") { $0.count } == 2)
        #expect(m.withValue("b") { $0.count } == nil)
    }

    @Test func aCopyOfTheTableKeepsItsRecord() {
        var m = RecordMap<[Int]>()
        m["a"] = [1]
        let copy = m
        m.update("a") { $0.append(2) }
        #expect(copy["a"] == [1])
        #expect(m["a"] == [1, 2])
    }

    @Test func aBoxHeldElsewhereIsNotChanged() {
        var m = RecordMap<[Int]>()
        m["a"] = [1]
        let held = m.box("a")!
        m.update("a") { $0.append(2) }
        #expect(held.value == [1])
        #expect(m["a"] == [1, 2])
    }
}

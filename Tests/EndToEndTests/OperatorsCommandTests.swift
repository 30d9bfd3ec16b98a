import Foundation
import Testing
import SiliconAlleyCore

@Suite struct OperatorsCommandTests {
    let dir = TempDir("operators")
    var journal: String { dir.file("j.jsonl") }

    @Test func creatorAddsAClerkAndListsIt() throws {
        let add = try SiliconAlleyBinary.run(["operators", "add", "bob", "--role", "clerk", "--journal", journal], scratch: dir)
        #expect(add.status == 0, "\(add.stderr)")
        let list = try SiliconAlleyBinary.run(["operators", "list", "--journal", journal], scratch: dir)
        #expect(list.status == 0, "\(list.stderr)")
        let bob = list.stdout.split(separator: "\n").first { $0.hasPrefix("bob ") }
        #expect(bob?.contains("clerk") == true, "list: \(list.stdout)")
        let me = Identity.currentLogin()
        #expect(list.stdout.contains("you: \(me) (admin)"), "the creator is the first admin: \(list.stdout)")
        let state = try JournalStore(path: journal, actor: "reader", useSnapshot: false).state
        #expect(state.role(of: "bob") == .clerk)
    }

    @Test func unknownRoleIsAClearErrorAndWritesNothing() throws {
        // `operators list` only reads (it never creates a journal): make one first.
        _ = try JournalStore(path: journal)
        let size = (try FileManager.default.attributesOfItem(atPath: journal)[.size] as? NSNumber)?.intValue
        let r = try SiliconAlleyBinary.run(["operators", "add", "bob", "--role", "boss", "--journal", journal], scratch: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("boss") && r.stderr.contains("clerk"), "stderr: \(r.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: journal)[.size] as? NSNumber)?.intValue == size)
    }
}

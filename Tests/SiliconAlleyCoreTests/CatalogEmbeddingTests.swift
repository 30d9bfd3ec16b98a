import Foundation
import Testing
@testable import SiliconAlleyCore

/// The binary carries its own copy of data/catalog/; these must never drift.
@Suite struct CatalogEmbeddingTests {
    static var catalogDirectory: URL {
        // Tests/SiliconAlleyCoreTests/<this file> → repo root.
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/catalog")
    }

    @Test func embeddedTextEqualsFiles() throws {
        let dir = Self.catalogDirectory
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".json") }
        #expect(Set(names) == Set(EmbeddedCatalog.files.keys),
                "run scripts/embed-catalog.sh after adding or removing a catalogue file")
        for name in names {
            let onDisk = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(EmbeddedCatalog.files[name] == onDisk, "\(name) differs: run scripts/embed-catalog.sh")
        }
    }

    @Test func filesOnDiskDecodeToThePlan() throws {
        var files: [String: String] = [:]
        for name in EmbeddedCatalog.files.keys {
            files[name] = try String(contentsOf: Self.catalogDirectory.appendingPathComponent(name), encoding: .utf8)
        }
        #expect(try Catalog(files: files) == Catalog.plan)
    }

    @Test func missingOrMalformedFileIsReported() {
        var files = EmbeddedCatalog.files
        files["units.json"] = nil
        #expect(throws: CatalogError.missingFile("units.json")) { try Catalog(files: files) }
        files["units.json"] = "[{]"
        #expect(throws: CatalogError.self) { try Catalog(files: files) }
    }
}

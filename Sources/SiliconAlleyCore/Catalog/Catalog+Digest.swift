extension Catalog {
    /// SHA-256 over the embedded catalogue files: the genesis line records which
    /// catalogue a journal was seeded from.
    public var digest: String {
        var bytes: [UInt8] = []
        for name in EmbeddedCatalog.files.keys.sorted() {
            bytes.append(contentsOf: name.utf8)
            bytes.append(0)
            bytes.append(contentsOf: EmbeddedCatalog.files[name]!.utf8)
            bytes.append(0)
        }
        return ChainHash.sha256Hex(bytes)
    }
}

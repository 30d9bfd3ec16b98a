/// Service-window receipt numbers: `QL-2026-000123`, counted per year, never reused.
public enum ReceiptNumber {
    public static func make(year: Int, number: Int) -> String {
        let n = String(number)
        return "QL-\(year)-" + String(repeating: "0", count: max(0, 6 - n.count)) + n
    }

    public static func parse(_ receipt: String) -> (year: String, number: Int)? {
        let parts = receipt.split(separator: "-")
        guard parts.count == 3, parts[0] == "QL", parts[1].count == 4, let n = Int(parts[2]) else { return nil }
        return (String(parts[1]), n)
    }
}

import SiliconAlleyCore

/// How a unit reads in a choice list: the full name with the short one people type
/// (区人力资源和社会保障局（区人社局）, so `rsj` finds it); in English the short name first,
/// so a cut box still tells two "District H…" apart.
enum UnitLabel {
    static func text(_ u: OrgUnit, _ l: Language) -> String {
        if l == .en { return u.shortEn.map { "\($0) · \(u.en)" } ?? u.en }
        if let s = u.short, s != u.zh { return "\(u.zh)（\(s)）" }
        return u.zh
    }
}

import Foundation

/// The plan's fixed vocabulary: tiers, places, industries, qualifications,
/// measures, special actions, 5+N projects and units.
public struct Catalog: Sendable, Hashable {
    public let tiers: [Tier]
    public let places: [Place]
    public let industryGroups: [IndustryGroup]
    public let industries: [Industry]
    public let qualifications: [Qualification]
    public let measureGroups: [MeasureGroup]
    public let measures: [Measure]
    public let actions: [SpecialAction]
    public let projects: [PlannedProject]
    public let units: [OrgUnit]
    /// The window's published service list (services.json): groups, documents, services.
    public let serviceGroups: [ServiceGroup]
    public let documents: [ServiceDocument]
    public let services: [Service]

    /// The catalogue compiled into the binary (from data/catalog/ via scripts/embed-catalog.sh).
    /// A test decodes it, so a malformed file fails CI rather than the console.
    public static let plan: Catalog = {
        do {
            return try Catalog(files: EmbeddedCatalog.files)
        } catch {
            fatalError("embedded catalogue does not decode: \(error)")
        }
    }()

    /// Decodes from file name → JSON text, as in data/catalog/.
    public init(files: [String: String]) throws {
        func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            guard let text = files[name] else { throw CatalogError.missingFile(name) }
            do {
                return try JSONDecoder().decode(T.self, from: Data(text.utf8))
            } catch {
                throw CatalogError.malformed(name, String(describing: error))
            }
        }
        struct IndustriesFile: Decodable { let groups: [IndustryGroup]; let industries: [Industry] }
        struct MeasuresFile: Decodable { let groups: [MeasureGroup]; let measures: [Measure] }
        struct ServicesFile: Decodable { let groups: [ServiceGroup]; let documents: [ServiceDocument]; let services: [Service] }

        tiers = try decode([Tier].self, "tiers.json")
        places = try decode([Place].self, "places.json")
        let industriesFile = try decode(IndustriesFile.self, "industries.json")
        industryGroups = industriesFile.groups
        industries = industriesFile.industries
        qualifications = try decode([Qualification].self, "qualifications.json")
        let measuresFile = try decode(MeasuresFile.self, "measures.json")
        measureGroups = measuresFile.groups
        measures = measuresFile.measures
        actions = try decode([SpecialAction].self, "actions.json")
        projects = try decode([PlannedProject].self, "projects.json")
        units = try decode([OrgUnit].self, "units.json")
        let servicesFile = try decode(ServicesFile.self, "services.json")
        serviceGroups = servicesFile.groups
        documents = servicesFile.documents
        services = servicesFile.services
    }

    // Lookups. Catalogues are a few dozen entries, so a linear search is plenty.

    public func tier(id: String) -> Tier? { tiers.first { $0.id == id } }
    public func place(id: String) -> Place? { places.first { $0.id == id } }
    public func places(inTier tierID: String) -> [Place] { places.filter { $0.tier == tierID } }
    public func industry(id: String) -> Industry? { industries.first { $0.id == id } }
    public func industryGroup(id: String) -> IndustryGroup? { industryGroups.first { $0.id == id } }
    public func industries(inGroup groupID: String) -> [Industry] { industries.filter { $0.group == groupID } }
    public func qualification(id: String) -> Qualification? { qualifications.first { $0.id == id } }
    /// The qualification types counted by the headline KPI (专精特新, 国高新).
    public var targetQualifications: [Qualification] { qualifications.filter(\.countsTowardTarget) }
    public func measure(code: String) -> Measure? { measures.first { $0.code == code } }
    public func measureGroup(number: Int) -> MeasureGroup? { measureGroups.first { $0.number == number } }
    public func measures(inGroup number: Int) -> [Measure] { measures.filter { $0.group == number } }
    public func action(id: String) -> SpecialAction? { actions.first { $0.id == id } }
    public func project(id: String) -> PlannedProject? { projects.first { $0.id == id } }
    public func projects(in category: PlannedProject.Category) -> [PlannedProject] {
        projects.filter { $0.category == category }
    }
    public func unit(id: String) -> OrgUnit? { units.first { $0.id == id } }
}

/// Why a catalogue could not be read.
public enum CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingFile(String)
    case malformed(String, String)

    public var description: String {
        switch self {
        case .missingFile(let name): return "catalogue file \(name) is missing"
        case .malformed(let name, let why): return "catalogue file \(name) is malformed: \(why)"
        }
    }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "silicon-alley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "silicon-alley", targets: ["silicon-alley"]),
        .executable(name: "silicon-alley-bench", targets: ["silicon-alley-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // The only place C is touched: ncursesw's wide-character API.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The domain: imports Foundation and hashing, nothing of the terminal.
        .target(
            name: "SiliconAlleyCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The screen: grid, widths, keys, widgets, the ncurses backend. Knows no domain.
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        // The app: panes and navigation; the one place core and terminal meet.
        .target(name: "Console", dependencies: ["SiliconAlleyCore", "TerminalUI"]),
        .executableTarget(
            name: "silicon-alley",
            dependencies: [
                "SiliconAlleyCore", "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "silicon-alley-bench",
            dependencies: ["SiliconAlleyCore", "TerminalUI", "Console"]
        ),
        .testTarget(name: "SiliconAlleyCoreTests", dependencies: ["SiliconAlleyCore"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "SiliconAlleyCore", "TerminalUI"]),
        // Drives the real binary: in child processes and in tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["SiliconAlleyCore"]),
    ]
)

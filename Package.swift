// swift-tools-version: 6.1
import PackageDescription

// One target per layer, so that a wrong import is a build error (Docs/architecture.md has the
// graph). Only SamenOpScript imports Yams, only SamenOpStore imports GRDB, only SamenOpCLI
// imports ArgumentParser and readline.
let package = Package(
    name: "samenop",
    defaultLocalization: "nl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samenop", targets: ["samenop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .target(name: "SamenOpText", resources: [.process("Resources")]),
        .target(name: "SamenOpModel", dependencies: ["SamenOpText"]),
        .target(
            name: "SamenOpScript",
            dependencies: ["SamenOpModel", "SamenOpText", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "SamenOpEngine", dependencies: ["SamenOpModel", "SamenOpText"]),
        .target(name: "SamenOpReport", dependencies: ["SamenOpEngine", "SamenOpModel", "SamenOpText"]),
        .target(
            name: "SamenOpStore",
            dependencies: ["SamenOpEngine", "SamenOpModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "SamenOpAnalysis",
            dependencies: ["SamenOpEngine", "SamenOpModel", "SamenOpText", "SamenOpReport"]
        ),
        // The scenario seen whole: the map (DOT, Mermaid, SVG laid out here) and the proofing copy.
        .target(name: "SamenOpMap", dependencies: ["SamenOpEngine", "SamenOpModel", "SamenOpText"]),
        .target(name: "SamenOpPrivacy", dependencies: ["SamenOpScript", "SamenOpModel", "SamenOpText"]),
        // Across sessions (issue 17): the cohort report, and xAPI statements (pure; sending is the CLI's).
        .target(name: "SamenOpCohort", dependencies: ["SamenOpEngine", "SamenOpModel", "SamenOpText"]),
        .target(name: "SamenOpXAPI", dependencies: ["SamenOpEngine", "SamenOpModel"]),
        .systemLibrary(
            name: "CQRencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(
            name: "SamenOpRoom",
            dependencies: [
                "SamenOpText", "SamenOpModel", "SamenOpEngine", "CQRencode",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            resources: [.copy("Pages")]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "SamenOpCLI",
            dependencies: [
                "SamenOpText", "SamenOpModel", "SamenOpScript", "SamenOpEngine", "SamenOpReport",
                "SamenOpStore", "SamenOpPrivacy", "SamenOpAnalysis", "SamenOpMap", "SamenOpCohort", "SamenOpXAPI", "SamenOpRoom",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "samenop", dependencies: ["SamenOpCLI"]),
        // The start-up reference for samenop-bench: a "hello world" that imports Foundation.
        .executableTarget(name: "samenop-hello"),
        .executableTarget(
            name: "samenop-bench",
            dependencies: [
                "SamenOpModel", "SamenOpScript", "SamenOpEngine", "SamenOpReport", "SamenOpPrivacy", "SamenOpStore",
                "SamenOpAnalysis", "SamenOpMap", "SamenOpCohort", "SamenOpRoom",
            ]
        ),
        .testTarget(
            name: "SamenOpKitTests",
            dependencies: [
                "SamenOpText", "SamenOpModel", "SamenOpScript", "SamenOpEngine", "SamenOpReport",
                "SamenOpStore", "SamenOpPrivacy", "SamenOpAnalysis", "SamenOpMap", "SamenOpCohort", "SamenOpXAPI", "SamenOpRoom",
            ],
            // Golden reports and recorded playthroughs are read from the source tree through #filePath.
            exclude: ["Report/Golden", "Scenarios/Transcripts", "Text/Fixtures", "Analysis/Fixtures", "Map/Golden"]
        ),
        .testTarget(
            name: "SamenOpCLITests",
            dependencies: ["SamenOpCLI", "SamenOpText", "SamenOpModel", "SamenOpEngine"]
        ),
        .testTarget(
            name: "samenopTests",
            dependencies: [
                "SamenOpText", "SamenOpModel", "SamenOpScript", "SamenOpEngine", "SamenOpReport", "SamenOpStore",
                "SamenOpAnalysis", "SamenOpXAPI", "SamenOpRoom",
            ]
        ),
    ]
)

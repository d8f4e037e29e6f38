// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "samenop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samenop", targets: ["samenop"]),
        .library(name: "SamenOpKit", targets: ["SamenOpKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(
            name: "SamenOpKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(
            name: "samenop",
            dependencies: [
                "SamenOpKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "samenop-bench",
            dependencies: ["SamenOpKit"]
        ),
        .testTarget(
            name: "SamenOpKitTests",
            dependencies: ["SamenOpKit"],
            // Golden reports and recorded playthroughs are read from the source tree through #filePath.
            exclude: ["Report/Golden", "Scenarios/Transcripts"]
        ),
        .testTarget(
            name: "samenopTests",
            dependencies: ["SamenOpKit"]
        ),
    ]
)

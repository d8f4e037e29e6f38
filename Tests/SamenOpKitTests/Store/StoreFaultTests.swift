import Foundation
@testable import SamenOpModel
@testable import SamenOpEngine
@testable import SamenOpStore
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The store under faults found in the trial: damaged rows, many processes creating one store,
/// read-only media.
@Suite("Store faults")
struct StoreFaultTests {
    typealias S = SessionStoreTests

    @Test("a session row with a damaged date is named and skipped; the others are listed")
    func damagedDate() throws {
        let path = S.folder() + "/samenop.sqlite"
        do {
            let store = try SessionStore(path: path)
            _ = try S.play(store, id: "goed2345")
            _ = try S.play(store, id: "kapot234")
            _ = try S.play(store, id: "leeg2345")
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE sessions SET startedAt = 'gisteren' WHERE id = 'kapot234'")
            try db.execute(sql: "UPDATE sessions SET finishedAt = x'00ff' WHERE id = 'leeg2345'")
        }
        try queue.close()
        let store = try SessionStore(path: path)
        let listing = try store.listing()
        #expect(listing.sessions.map(\.id) == ["goed2345"])
        #expect(Set(listing.damaged) == [DamagedSession(id: "kapot234", column: "startedAt"),
                                         DamagedSession(id: "leeg2345", column: "finishedAt")])
        #expect(try store.sessions().map(\.id) == ["goed2345"])
    }

    @Test("many openings of one new store at the same moment all succeed, round after round")
    func concurrentCreationRounds() async throws {
        // The trial saw 0.67 % of starts fail; 60 rounds of 8 make 480 openings.
        for _ in 0..<60 {
            let path = S.folder() + "/samenop.sqlite"
            let failures = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        do { _ = try SessionStore(path: path); return nil } catch { return "\(error)" }
                    }
                }
                return await group.reduce(into: [String]()) { if let failure = $1 { $0.append(failure) } }
            }
            #expect(failures == [])
            if !failures.isEmpty { break }
        }
    }

    @Test("a store that cannot be written is opened for reading: listed and loaded, writes refused")
    func readOnlyFile() throws {
        let folder = S.folder()
        let path = folder + "/samenop.sqlite"
        do { _ = try S.play(try SessionStore(path: path), id: "lees2345") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try ReadOnlyMedia.withReadOnly(folder) {
            #expect(SessionStore.isReadOnly(path: path))
            let store = try SessionStore(path: path)
            #expect(try store.sessions().map(\.id) == ["lees2345"])
            #expect(try store.load("lees").events.count == 4)
            let result = Result { try store.create(S.fresh(), scenarioPath: "x") }
            #expect(throws: StoreError.readOnly(path: path)) { try result.get() }
            // Nothing was left beside the store or in the temporary folder.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["samenop.sqlite"])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("samenop-readonly-\(getpid())-") }
        #expect(leftovers == [])
    }
}

/// Makes a folder read-only the way the user's media would be: a read-only bind mount when
/// running as root (file modes do not stop root), else the folder's and files' modes.
enum ReadOnlyMedia {
    struct Unavailable: Error {}

    static func withReadOnly(_ folder: String, _ body: () throws -> Void) throws {
        if getuid() == 0 {
            guard shell("mount --bind '\(folder)' '\(folder)' && mount -o remount,bind,ro '\(folder)'") else {
                Issue.record("as root, a read-only bind mount is needed for this test (mount failed)")
                return
            }
            defer { _ = shell("umount '\(folder)'") }
            try body()
        } else {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            for file in files { chmod(folder + "/" + file, 0o400) }
            chmod(folder, 0o500)
            defer {
                chmod(folder, 0o700)
                for file in files { chmod(folder + "/" + file, 0o600) }
            }
            try body()
        }
    }

    @discardableResult
    static func shell(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

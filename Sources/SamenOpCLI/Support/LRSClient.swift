import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SamenOpXAPI

/// Sends xAPI statements to a learning record store: `POST URL/statements` with HTTP basic
/// authentication and `X-Experience-API-Version: 1.0.3`, in batches, retrying what may pass
/// on a second try (no answer, 429, 5xx) a few times with a growing pause.
///
/// Statement ids are deterministic, so a batch sent twice is stored once: the store drops
/// statements it already has and answers with the ids it stored (200) or nothing (204).
struct LRSClient {
    enum Failure: Error {
        /// The store answered, and said no (401, 403, 400, 409, ...): trying again will not help.
        case refused(status: Int, body: String)
        case unreachable(tries: Int, reason: String)
    }

    var endpoint: URL
    var user: String
    var password: String
    var batchSize = 50
    var tries = 3
    var timeout: TimeInterval = 15

    /// Sends `statements`; the number the store had not seen before.
    func send(_ statements: [XAPIStatement]) -> Result<Int, Failure> {
        var stored = 0
        var start = 0
        while start < statements.count {
            let batch = Array(statements[start..<min(start + batchSize, statements.count)])
            switch post(batch) {
            case .success(let n): stored += n
            case .failure(let failure): return .failure(failure)
            }
            start += batchSize
        }
        return .success(stored)
    }

    func post(_ batch: [XAPIStatement]) -> Result<Int, Failure> {
        var request = URLRequest(url: endpoint.appendingPathComponent("statements"), timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue("Basic " + Data("\(user):\(password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        request.httpBody = XAPIStatements.json(batch)
        var lastReason = ""
        for attempt in 1...tries {
            let (status, body, error) = Self.perform(request)
            if let status {
                switch status {
                case 200:
                    let ids = (try? JSONSerialization.jsonObject(with: body)) as? [String]
                    return .success(ids?.count ?? batch.count)
                case 204:
                    return .success(0)
                case 429, 500...599:
                    lastReason = "HTTP \(status)"
                default:
                    let text = String(decoding: body.prefix(500), as: UTF8.self)
                    return .failure(.refused(status: status, body: text))
                }
            } else {
                lastReason = error ?? "?"
            }
            if attempt < tries { Thread.sleep(forTimeInterval: 0.5 * Double(attempt)) }
        }
        return .failure(.unreachable(tries: tries, reason: lastReason))
    }

    /// One request, waited for: the status, the body, or why there was no answer.
    static func perform(_ request: URLRequest) -> (Int?, Data, String?) {
        final class Box: @unchecked Sendable {
            var status: Int?
            var body = Data()
            var error: String?
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            box.status = (response as? HTTPURLResponse)?.statusCode
            box.body = data ?? Data()
            box.error = error?.localizedDescription
            done.signal()
        }
        task.resume()
        done.wait()
        return (box.status, box.body, box.error)
    }
}

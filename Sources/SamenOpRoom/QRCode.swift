import Foundation
import CQRencode

/// A QR code of the join address, drawn with block characters for the trainer's terminal.
///
/// Encoded by Debian's libqrencode (a well-kept library, through the `CQRencode` system-library
/// target), never by hand. Drawn like `qrencode -t UTF8`: two rows of modules per line, light
/// modules and the quiet zone as blocks, which suits a terminal with light text on a dark
/// background; phone cameras read the inverted form as well.
public enum QRCode {
    /// The rows of modules (`true` dark), or `nil` when the text cannot be encoded.
    public static func modules(_ text: String) -> [[Bool]]? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        return (0..<width).map { y in (0..<width).map { x in code.pointee.data[y * width + x] & 1 == 1 } }
    }

    /// The code as lines of text with a quiet zone of two modules.
    public static func draw(_ text: String) -> [String]? {
        guard let modules = modules(text) else { return nil }
        let quiet = 2, width = modules.count + 2 * quiet
        func light(_ x: Int, _ y: Int) -> Bool {
            let (mx, my) = (x - quiet, y - quiet)
            guard my >= 0, my < modules.count, mx >= 0, mx < modules.count else { return true }
            return !modules[my][mx]
        }
        return stride(from: 0, to: width, by: 2).map { y in
            String((0..<width).map { x -> Character in
                switch (light(x, y), y + 1 < width ? light(x, y + 1) : false) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }
}

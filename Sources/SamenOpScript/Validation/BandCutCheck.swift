import SamenOpModel
import SamenOpText
/// Warning (SO083): an `if` compares `veiligheid` with a number so that the split falls inside a
/// phase band (the scenario's own bands, else 0-2, 3-5, 6-7, 8-10). `>= N` and `< N` split
/// between N-1 and N, `> N` and `<= N` between N and N+1, `==` and `!=` on both sides of N.
/// The option then appears or disappears at a value where the situation's phase has not
/// changed, so the report judges the same phase differently on either side (issue 11:
/// `veiligheid >= 5` made the expert option at 5 a phase skip).
///
/// Reported at the comparison inside the `if` value when the value is written on one line
/// (with `source`), else at the start of the value.
struct BandCutCheck: ScenarioCheck {
    var source: SourceText?

    /// One comparison of `veiligheid` with a number, as `veiligheid op number`.
    struct Comparison {
        var op: BinaryOperator
        var number: Int
        /// Whether it was written `number op veiligheid`.
        var flipped: Bool
        /// Where the comparison starts, in Unicode scalars into the `if` value.
        var offset: Int

        /// The comparison as written, for messages.
        func text(_ op: BinaryOperator, _ number: Int) -> String {
            flipped ? "\(number) \(op.rawValue) veiligheid" : "veiligheid \(op.rawValue) \(number)"
        }

        var written: String { text(flipped ? Self.mirror[op]! : op, number) }

        static let mirror: [BinaryOperator: BinaryOperator] = [
            .less: .greater, .greater: .less, .lessOrEqual: .greaterOrEqual, .greaterOrEqual: .lessOrEqual,
            .equal: .equal, .notEqual: .notEqual,
        ]

        /// The lower value of each pair of neighbours the comparison separates.
        var cuts: [Int] {
            switch op {
            case .greaterOrEqual, .less: [number.saturatingSubtracting(1)]
            case .greater, .lessOrEqual: [number]
            default: [number.saturatingSubtracting(1), number]
            }
        }
    }

    func check(_ scenario: Scenario) -> [Diagnostic] {
        let bands = scenario.phaseBands
        let scale = Array(safetyRange)
        var diagnostics: [Diagnostic] = []
        for scene in scenario.scenes {
            for choice in scene.choices {
                guard let condition = choice.condition,
                      case .success(let parsed) = ExpressionParser.parse(condition.source) else { continue }
                for comparison in Self.comparisons(in: parsed) {
                    guard let cut = comparison.cuts.first(where: { scale.contains($0) && scale.contains($0 + 1)
                            && bands.phase(for: $0) == bands.phase(for: $0 + 1) }) else { continue }
                    let phase = bands.phase(for: cut)
                    let band = scale.filter { bands.phase(for: $0) == phase }
                    let range = PhaseBandsCheck.describe(band.first!...band.last!)
                    diagnostics.append(.warning(
                        "SO083", at: location(of: comparison, in: condition),
                        .key(.diagSO083, comparison.written, phase.rawValue, range, cut, cut + 1, comparison.number),
                        hint: hint(comparison, band: band.first!...band.last!)))
                }
            }
        }
        return diagnostics
    }

    /// Every comparison of `veiligheid` with a number literal in the expression.
    static func comparisons(in expression: ParsedExpression) -> [Comparison] {
        switch expression {
        case .literal, .variable, .visited, .revealed:
            return []
        case .not(let inner, _):
            return comparisons(in: inner)
        case .binary(let op, let lhs, let rhs, _):
            var found: [Comparison] = []
            if let mirrored = Comparison.mirror[op] {
                if case .variable("veiligheid", _) = lhs, case .literal(.int(let number), _) = rhs {
                    found.append(Comparison(op: op, number: number, flipped: false, offset: expression.offset))
                } else if case .literal(.int(let number), _) = lhs, case .variable("veiligheid", _) = rhs {
                    found.append(Comparison(op: mirrored, number: number, flipped: true, offset: expression.offset))
                }
            }
            return found + comparisons(in: lhs) + comparisons(in: rhs)
        }
    }

    /// The same comparison at the nearest band boundary, or a general hint for `==` and `!=`.
    func hint(_ comparison: Comparison, band: ClosedRange<Int>) -> LocalizedMessage {
        let candidates: [Int]
        switch comparison.op {
        case .greaterOrEqual, .less: candidates = [band.upperBound + 1, band.lowerBound].filter { $0 >= 1 && $0 <= 10 }
        case .greater, .lessOrEqual: candidates = [band.upperBound, band.lowerBound - 1].filter { $0 >= 0 && $0 <= 9 }
        default: candidates = []
        }
        guard let best = candidates.min(by: { abs($0 - comparison.number) < abs($1 - comparison.number) }) else {
            return .key(.diagSO083HintEqual)
        }
        let op = comparison.flipped ? Comparison.mirror[comparison.op]! : comparison.op
        return .key(.diagSO083Hint, comparison.text(op, best))
    }

    /// The comparison's column when the `if` value is written on one line as it reads.
    func location(of comparison: Comparison, in condition: Condition) -> SourceLocation {
        var location = condition.location
        guard let source else { return location }
        if let column = source.contentColumn(of: condition.source, line: location.line, column: location.column, quoted: false)
            ?? source.contentColumn(of: condition.source, line: location.line, column: location.column, quoted: true) {
            location.column = column + comparison.offset
        }
        return location
    }
}

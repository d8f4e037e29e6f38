import SamenOpModel

/// samenop's own layered layout of a ``ScenarioMap``, for the SVG: no Graphviz at run time.
///
/// The eight stages of the mantra are the columns, left to right, so the map reads as the
/// case runs. Within a column the scenes are ordered by the barycentre of their neighbours
/// (a few sweeps left to right and back, as in Sugiyama-style layouts) and then pushed towards
/// the height of the options that lead to them, which keeps edges short; boxes in a column are
/// stacked with a gap, so no two boxes overlap. Sizes are chosen so that the whole map is
/// about 1,050 units wide and prints on A4 landscape at about its natural size (8.5-unit
/// text, roughly 6.5 pt on paper).
package struct MapLayout: Sendable {
    package struct Box: Sendable {
        package var node: ScenarioMap.Node
        package var column: Int
        package var x: Double
        package var y: Double
        package var width: Double
        package var height: Double
        /// Text lines: the excerpt (up to two lines).
        package var excerpt: [String]
        /// One line per option, in authored order, with the edge index it labels.
        package var options: [(edge: Int, text: String)]
        package var centerY: Double { y + height / 2 }
    }

    package static let nodeWidth = 112.0
    package static let columnGap = 20.0
    package static let rowGap = 12.0
    package static let margin = 10.0
    package static let top = 34.0
    package static let lineHeight = 10.5
    /// Characters per line inside a box at the map's font size.
    package static let charactersPerLine = 23

    package var boxes: [Box]
    /// The box index of each node id.
    package var index: [String: Int]
    package var width: Double
    package var height: Double

    /// The x of column `c`.
    package static func columnX(_ c: Int) -> Double { margin + Double(c) * (nodeWidth + columnGap) }

    /// The y of the line for option `k` (0-based) of a box: where its edge leaves.
    package func portY(_ box: Box, option k: Int) -> Double {
        box.y + Self.headerHeight(box) + (Double(k) + 0.5) * Self.lineHeight
    }

    private static func headerHeight(_ box: Box) -> Double { 4 + Double(2 + box.excerpt.count) * lineHeight + 2 }

    package init(_ map: ScenarioMap) {
        var boxes: [Box] = []
        var index: [String: Int] = [:]
        var edgesFrom: [String: [Int]] = [:]
        for (i, edge) in map.edges.enumerated() { edgesFrom[edge.from, default: []].append(i) }
        for node in map.nodes where index[node.id] == nil {
            let options = (edgesFrom[node.id] ?? []).map { i in
                (edge: i, text: MapText.shorten("\(map.edges[i].number) \(map.edges[i].text)", to: Self.charactersPerLine))
            }
            let excerpt = MapText.lines(node.excerpt, width: Self.charactersPerLine, lines: 2)
            var box = Box(node: node, column: node.stage.order, x: Self.columnX(node.stage.order), y: 0,
                          width: Self.nodeWidth, height: 0, excerpt: excerpt, options: options)
            box.height = Self.headerHeight(box) + Double(options.count) * Self.lineHeight + (options.isEmpty ? 2 : 4)
            index[node.id] = boxes.count
            boxes.append(box)
        }
        self.boxes = boxes
        self.index = index
        width = Self.columnX(Stage.allCases.count) - Self.columnGap + Self.margin
        height = 0
        arrange(map)
    }

    /// Orders each column and places its boxes.
    private mutating func arrange(_ map: ScenarioMap) {
        var columns = Array(repeating: [Int](), count: Stage.allCases.count)
        for (i, box) in boxes.enumerated() { columns[box.column].append(i) }
        // Neighbours of each box with the option line they use: (other box, this side's port, other side's port).
        var links = Array(repeating: [(other: Int, outgoing: Bool, option: Int)](), count: boxes.count)
        for box in boxes.indices {
            for (k, option) in boxes[box].options.enumerated() {
                guard let target = index[map.edges[option.edge].to], target != box else { continue }
                links[box].append((target, true, k))
                links[target].append((box, false, k))
            }
        }
        stack(columns)
        for sweep in 0..<6 {
            let order = sweep % 2 == 0 ? Array(columns.indices) : columns.indices.reversed()
            for c in order {
                let keyed = columns[c].enumerated().map { position, box -> (Int, Double) in
                    let others = links[box].filter { boxes[$0.other].column != c }
                    guard !others.isEmpty else { return (box, boxes[box].centerY + Double(position) * 0.001) }
                    let ys = others.map { link in
                        link.outgoing ? boxes[link.other].centerY : portY(boxes[link.other], option: link.option)
                    }
                    return (box, ys.reduce(0, +) / Double(ys.count))
                }
                columns[c] = keyed.sorted { $0.1 < $1.1 }.map(\.0)
                place(columns[c], wanted: Dictionary(uniqueKeysWithValues: keyed.map { ($0.0, $0.1) }))
            }
        }
        // Every column may have drifted down towards its neighbours: start the highest box at the top.
        let shift = (boxes.map(\.y).min() ?? Self.top) - Self.top
        for i in boxes.indices { boxes[i].y -= shift }
        height = (boxes.map { $0.y + $0.height }.max() ?? Self.top) + Self.margin
    }

    /// Boxes stacked from the top, in order.
    private mutating func stack(_ columns: [[Int]]) {
        for column in columns {
            var y = Self.top
            for box in column {
                boxes[box].y = y
                y += boxes[box].height + Self.rowGap
            }
        }
    }

    /// Places a column's boxes in `order`, each as near its wanted centre as the boxes above
    /// it allow, then pulls the column up so it starts at the top if it can.
    private mutating func place(_ order: [Int], wanted: [Int: Double]) {
        var y = Self.top
        for box in order {
            let want = (wanted[box] ?? boxes[box].centerY) - boxes[box].height / 2
            boxes[box].y = max(y, want.rounded())
            y = boxes[box].y + boxes[box].height + Self.rowGap
        }
        // Going back up, close gaps that no box needs (so a column does not drift down).
        var limit = Double.infinity
        for box in order.reversed() {
            let want = (wanted[box] ?? boxes[box].centerY) - boxes[box].height / 2
            let bottomLimit = limit - boxes[box].height - Self.rowGap
            boxes[box].y = min(boxes[box].y, max(Self.top, min(bottomLimit, want.rounded())))
            limit = boxes[box].y
        }
        // The backward pass never moves a box below the one under it; re-check the order top-down.
        var floor = Self.top
        for box in order {
            boxes[box].y = max(boxes[box].y, floor)
            floor = boxes[box].y + boxes[box].height + Self.rowGap
        }
    }
}

import ArgumentParser
import Foundation
import SamenOpText
import SamenOpModel
import SamenOpEngine
import SamenOpStore
import SamenOpMap

/// `samenop graph FILE|ID [--format dot|mermaid|svg|html] [--session SID] [--output FILE]`:
/// the scenario's map, for reviewing a scenario with colleagues who do not read YAML.
///
/// `svg` and `html` are laid out by samenop itself (`MapLayout`), `dot` and `mermaid` leave
/// the layout to Graphviz or Mermaid. `--session` lays a stored session's path over the map,
/// replayed as stored without recording anything (as `report` does).
struct GraphCommand: ParsableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot, mermaid, svg, html
    }

    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print or write the map of a scenario (DOT, Mermaid, SVG or an HTML page).")

    @Argument(help: "A scenario file, or the id of a scenario in the library.")
    var scenario: String

    @Option(name: .long, help: "dot (default), mermaid, svg or html.")
    var format: Format = .dot

    @Option(name: .long, help: "Lay this stored session's path over the map (its id or a unique start of it).")
    var session: String?

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        let loaded = try ScenarioSource.loadForShell(scenario, common)
        var map = ScenarioMap(loaded.scenario)
        if let session {
            let opened = try SessionOpener.openFromShell(
                session, storePath: common.storePath, scenariosOption: common.scenarios, l, resume: false).opened
            let played = opened.session.scenario.id.value
            guard played == loaded.scenario.id.value else {
                throw CLIError(l(.cliGraphOtherScenario, opened.session.state.header.id, played, loaded.scenario.id.value))
            }
            map.overlay = ScenarioMap.Overlay(session: opened.session)
        }
        let labels = Localizer(ReportOutput.language(common) ?? loaded.scenario.language)
        let text: String = switch format {
        case .dot: DOTWriter.write(map, labels)
        case .mermaid: MermaidWriter.write(map, labels)
        case .svg: SVGWriter.write(map, labels)
        case .html: MapHTML.page(map, language: labels.language)
        }
        try ReportOutput.emit(text, to: output, written: l(.cliGraphWritten, output ?? ""), l)
    }
}

/// `samenop proof FILE|ID [--output FILE]`: the printable proofing copy of a scenario.
struct ProofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proof",
        abstract: "Print or write a printable HTML proofing copy of a scenario, for review by experts.")

    @Argument(help: "A scenario file, or the id of a scenario in the library.")
    var scenario: String

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let l = common.localizer
        let loaded = try ScenarioSource.loadForShell(scenario, common)
        let text = ProofCopy.html(loaded.scenario, language: ReportOutput.language(common))
        try ReportOutput.emit(text, to: output, written: l(.cliProofWritten, output ?? ""), l)
    }
}

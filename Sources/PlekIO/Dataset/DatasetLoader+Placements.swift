import Foundation
import PlekCore

/// Placements (`placements.json`): decoded and validated like every record, then checked
/// against the participants and places of the same directory.
extension DatasetLoader {
  /// The placements file name (optional in a dataset directory).
  public static let placementsFile = "placements.json"

  /// The record files of a dataset directory that exist, in the order they are read:
  /// participants, places and, when there is one, placements.
  public static func recordFiles(in directory: String) -> [String] {
    let placements = Path.join(directory, placementsFile)
    return [participantsFile, placesFile].map { Path.join(directory, $0) }
      + (FileManager.default.fileExists(atPath: placements) ? [placements] : [])
  }

  /// A dataset directory's placement history (``PlacementHistory``), keeping of the records
  /// only what the results need (each person's municipality and target group, each place's
  /// kind): a national dataset's people and places are let go block by block. The history
  /// is `nil` when the report has issues.
  public static func history(
    directory: String,
    taxonomy loaded: (taxonomy: Validated<Taxonomy>?, issues: [ValidationIssue])
  ) -> (report: DatasetReport, history: PlacementHistory?) {
    var subjects: [ParticipantID: OutcomeSubject] = [:]
    var kinds: [PlaceID: EmployerKind] = [:]
    var sroi: Set<PlaceID> = []
    let report = load(
      directory: directory, taxonomy: loaded,
      participants: { block, _ in
        for person in block.lazy.map(\.value) { subjects[person.id] = OutcomeSubject(person) }
      },
      places: { block, _ in
        for place in block.lazy.map(\.value) {
          kinds[place.id] = place.employerKind
          if place.sroi { sroi.insert(place.id) }
        }
      })
    guard report.issues.isEmpty else { return (report, nil) }
    return (
      report,
      PlacementHistory(
        subjects: subjects, kinds: kinds, placements: report.placements.map(\.value),
        sroiPlaces: sroi)
    )
  }

  /// The ids of the valid participants and places of a directory.
  struct KnownIDs {
    var participants: Set<ParticipantID> = []
    var places: Set<PlaceID> = []
  }

  /// The placements that refer to a known participant and place and do not overlap another
  /// of the same person at the same place; the others' problems go to `issues`, with the
  /// placement's id.
  static func checked(
    _ placements: [Validated<Placement>], against known: KnownIDs,
    issues: inout [ValidationIssue]
  ) -> [Validated<Placement>] {
    let problems = Placement.crossProblems(
      placements.map(\.value), participants: known.participants, places: known.places)
    for (index, found) in problems.sorted(by: { $0.key < $1.key }) {
      for problem in found {
        issues.append(
          ValidationIssue(
            file: placementsFile, id: placements[index].value.id.rawValue, problem: problem))
      }
    }
    return placements.indices.filter { problems[$0] == nil }.map { placements[$0] }
  }
}

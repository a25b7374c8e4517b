import Foundation
import PlekCore

/// A loaded, validated dataset: the taxonomy and the records written in it, each validated
/// once, while it was decoded. The engine takes them as they are.
public struct Dataset: Sendable {
  /// The taxonomy the records refer to.
  public var taxonomy: Validated<Taxonomy>
  /// The participants, in file order.
  public var participants: [Validated<Participant>]
  /// The places, in file order.
  public var places: [Validated<Place>]
  /// The placements (`placements.json`, optional), in file order: each refers to a
  /// participant and a place of the dataset.
  public var placements: [Validated<Placement>]

  /// Creates a dataset.
  public init(
    taxonomy: Validated<Taxonomy>, participants: [Validated<Participant>],
    places: [Validated<Place>], placements: [Validated<Placement>] = []
  ) {
    (self.taxonomy, self.participants, self.places) = (taxonomy, participants, places)
    self.placements = placements
  }
}

extension MatchEngine {
  /// Compiles a loaded dataset under a policy (the default unless given); nothing is
  /// validated again.
  public init(dataset: Dataset, policy: Validated<Policy>? = nil) throws(MatchError) {
    let policy = policy ?? dataset.taxonomy.value.validate(Policy.default).validated!
    try self.init(
      taxonomy: dataset.taxonomy, policy: policy, participants: dataset.participants,
      places: dataset.places)
    if !dataset.placements.isEmpty { try upsert(placements: dataset.placements) }
  }
}

/// What loading a dataset found: every issue, and the records that were valid.
public struct DatasetReport: Sendable {
  /// Every issue in every file, in file and record order.
  public var issues: [ValidationIssue]
  /// The taxonomy, when it loaded cleanly.
  public var taxonomy: Validated<Taxonomy>?
  /// The valid participants (records with issues are left out).
  public var participants: [Validated<Participant>]
  /// The valid places (records with issues are left out).
  public var places: [Validated<Place>]
  /// Size of the files read, in bytes.
  public var bytesRead: Int
  /// The valid participants loaded (into ``participants``, or into an engine by
  /// ``DatasetLoader/loadEngine(directory:taxonomyDirectory:policyFile:)``).
  public var participantsLoaded = 0
  /// The valid places loaded.
  public var placesLoaded = 0
  /// The valid placements (`placements.json`, when the directory has one): kept, not
  /// handed on, since they are checked against the ids of every participant and place.
  public var placements: [Validated<Placement>] = []
  /// Problems found but not listed in ``issues`` (past a file's first
  /// ``DatasetLoader/problemsListedPerFile``; each such file ends with a `more-problems`
  /// issue that counts them all).
  public var unlistedProblems = 0

  /// Every problem found: those listed and those only counted.
  public var problemCount: Int {
    issues.filter { $0.problem.kind != .moreProblems }.count + unlistedProblems
  }

  /// The dataset, when there were no issues at all.
  public var dataset: Dataset? {
    guard issues.isEmpty, let taxonomy else { return nil }
    return Dataset(
      taxonomy: taxonomy, participants: participants, places: places, placements: placements)
  }
}

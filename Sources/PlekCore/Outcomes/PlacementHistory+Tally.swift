/// Every figure of a range at once: per period, for the whole range, per municipality and per
/// target group, and werkbehoud for all, per kind of employer and per target group.
public struct OutcomeTally: Sendable {
  /// The figures of each period, in order.
  public var periods: [PeriodFigures]
  /// The figures of the whole range.
  public var total = PeriodFigures()
  /// The whole range's figures per municipality of the people (those with placements).
  public var byMunicipality: [MunicipalityID: PeriodFigures] = [:]
  /// The whole range's figures per target group (those with placements).
  public var byTargetGroup: [TargetGroup: PeriodFigures] = [:]
  /// Werkbehoud of every placement started in the range.
  public var retention = Retention()
  /// Werkbehoud per kind of employer (``EmployerKind/allCases`` order).
  public var retentionByKind = [Retention](
    repeating: Retention(), count: EmployerKind.allCases.count)
  /// Werkbehoud per target group (those with placements started in the range).
  public var retentionByTargetGroup: [TargetGroup: Retention] = [:]
  /// Werkbehoud per municipality of the people (those with placements started in the range).
  public var retentionByMunicipality: [MunicipalityID: Retention] = [:]
}

extension PlacementHistory {
  /// Every figure of `periods` (contiguous, in order, within `range`) and of `range`, as of
  /// `asOf`, for the people of `cohort`, in one pass over the history: the fast path of
  /// ``figures(in:asOf:cohort:)`` and ``retention(startedIn:asOf:cohort:including:)``, which
  /// are its plain reference (the tests check one against the other on generated histories).
  ///
  /// - Complexity: O(n log n) for n placements (the estimates sort their observations).
  public func tally(periods: [OutcomePeriod], range: OutcomePeriod, asOf: Day, cohort: Cohort)
    -> OutcomeTally
  {
    var tally = OutcomeTally(periods: Array(repeating: PeriodFigures(), count: periods.count))
    let starts = periods.map(\.from)
    /// The period a day lies in, if any.
    func period(_ day: Day) -> Int? {
      guard range.contains(day) else { return nil }
      var (low, high) = (0, starts.count)
      while low < high {
        let middle = (low + high) / 2
        if starts[middle] <= day { low = middle + 1 } else { high = middle }
      }
      return low > 0 && periods[low - 1].contains(day) ? low - 1 : nil
    }
    var observations: [KaplanMeier.Observation] = []
    var byKind = [[KaplanMeier.Observation]](repeating: [], count: EmployerKind.allCases.count)
    var byGroup: [TargetGroup: [KaplanMeier.Observation]] = [:]
    var byMunicipality: [MunicipalityID: [KaplanMeier.Observation]] = [:]
    for (subject, placements) in known(asOf: asOf, cohort: cohort) {
      /// Counts an event of the whole range in `day`'s period, the total and the parts.
      func count(_ day: Day, _ change: (inout PeriodFigures) -> Void) {
        guard range.contains(day) else { return }
        if let index = period(day) { change(&tally.periods[index]) }
        change(&tally.total)
        change(&tally.byMunicipality[subject.municipality, default: PeriodFigures()])
        change(&tally.byTargetGroup[subject.targetGroup, default: PeriodFigures()])
      }
      let toFirst = Self.days(from: subject.registeredOn, to: placements[0].start)
      count(placements[0].start) { figures in
        figures.firstPlacements += 1
        if let toFirst { figures.daysToFirst.append(toFirst) }
      }
      if let regular = placements.first(where: { kind($0) == .regular }),
        let days = Self.days(from: subject.registeredOn, to: regular.start)
      {
        count(regular.start) { $0.daysToFirstRegular.append(days) }
      }
      for (index, placement) in placements.enumerated() {
        let kind = EmployerKind.allCases.firstIndex(of: kind(placement))!
        let form = PlacementForm.allCases.firstIndex(of: placement.form)!
        let sroi = isSROI(placement)
        count(placement.start) {
          $0.started += 1
          $0.startedByKind[kind] += 1
          $0.startedByForm[form] += 1
          if sroi { $0.startedSROI += 1 }
        }
        if range.contains(placement.start) {
          let last = placement.end ?? asOf
          let observation = KaplanMeier.Observation(
            days: Int(last.daysSinceEpoch - placement.start.daysSinceEpoch),
            event: placement.endReason.map(Self.isLoss) ?? false)
          observations.append(observation)
          byKind[kind].append(observation)
          byGroup[subject.targetGroup, default: []].append(observation)
          byMunicipality[subject.municipality, default: []].append(observation)
        }
        guard let end = placement.end, range.contains(end) else { continue }
        let next = placements[(index + 1)...].first { $0.start > end }
        let gap = next.map { Int($0.start.daysSinceEpoch - end.daysSinceEpoch) } ?? .max
        let nextKind = next.map(self.kind)
        count(end) { figures in
          figures.ended += 1
          if placement.endReason == .regularWork { figures.toRegularWork += 1 }
          if placement.fellBack {
            figures.fellBack += 1
            if gap <= Self.vangnetDays && nextKind == .internal { figures.caughtByVangnet += 1 }
          }
          if kind == EmployerKind.allCases.firstIndex(of: .internal)!,
            gap <= Self.doorstroomDays, let nextKind, nextKind != .internal
          {
            figures.doorstroom += 1
          }
          if placement.form == .learningWork {
            figures.learningEnded += 1
            if placement.earned?.certificate == true { figures.certificates += 1 }
            if placement.earned?.praktijkverklaring == true { figures.praktijkverklaringen += 1 }
          }
        }
      }
    }
    tally.retention = Self.retention(observations)
    tally.retentionByKind = byKind.map(Self.retention)
    tally.retentionByTargetGroup = byGroup.mapValues(Self.retention)
    tally.retentionByMunicipality = byMunicipality.mapValues(Self.retention)
    return tally
  }

  /// Werkbehoud of a group's observations.
  static func retention(_ observations: [KaplanMeier.Observation]) -> Retention {
    var retention = Retention()
    retention.placements = observations.count
    for observation in observations where observation.event {
      retention.losses += 1
      for (index, time) in retentionDays.enumerated() where observation.days < time {
        retention.lostBefore[index] += 1
      }
    }
    let estimates = KaplanMeier.lasting(observations, atLeast: retentionDays)
    (retention.sixMonths, retention.twelveMonths) = (estimates[0], estimates[1])
    return retention
  }
}

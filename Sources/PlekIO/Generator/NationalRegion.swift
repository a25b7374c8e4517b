import Foundation
import PlekCore

/// A synthetic region the size of the Netherlands, for `plek generate --profile national`:
/// the country's larger towns where they are (rounded centres, rounded populations), and
/// several hundred smaller synthetic municipalities scattered around them on land, so that
/// cities are dense and the countryside sparse.
///
/// The region does not depend on the data seed: every national dataset shares one map, so
/// datasets of different seeds and sizes can be compared. It is not the real list of
/// municipalities (their names, borders and populations are not reproduced): it is a
/// realistic *shape* of the country for scale tests.
public enum NationalRegion {
  /// The number of synthetic municipalities beside the towns.
  public static let syntheticCount = 300

  /// The region: bounds around the Netherlands, the towns first (largest first), then the
  /// synthetic municipalities (`gemeente-001` …).
  public static let region: Region = {
    var municipalities = towns.map { town in
      Municipality(
        id: MunicipalityID(town.id)!, name: town.name,
        centre: GeoPoint(latitude: town.latitude, longitude: town.longitude),
        population: town.population)
    }
    let townWeights = towns.map { Double($0.population).squareRoot() }
    var random = SplitMix64(seed: 0x4E4C_2026)
    var made = 0
    while made < syntheticCount {
      // Near a town (more often near a larger one), 6–35 km away, on land.
      let town = towns[random.weightedIndex(townWeights)]
      let distance = 6 + 29 * random.unit()
      let bearing = 2 * Double.pi * random.unit()
      let latitude = town.latitude + distance * cos(bearing) / 111.2
      let longitude =
        town.longitude + distance * sin(bearing) / (111.2 * cos(town.latitude * .pi / 180))
      guard onLand(latitude: latitude, longitude: longitude) else { continue }
      made += 1
      // Countryside: 6,000 to about 45,000 people, most near the low end.
      let population = Int((6000 * exp(2 * random.unit() * random.unit())).rounded() / 100) * 100
      municipalities.append(
        Municipality(
          id: MunicipalityID("gemeente-" + DatasetGenerator.padded(made, 3))!,
          name: "Gemeente \(made)",
          centre: GeoPoint(
            latitude: (latitude * 10_000).rounded() / 10_000,
            longitude: (longitude * 10_000).rounded() / 10_000),
          population: population))
    }
    return Region(
      id: "nederland", bounds: GeoBounds(south: 50.70, north: 53.60, west: 3.30, east: 7.30),
      municipalities: municipalities)
  }()

  /// `taxonomy` with the national region in place of its own (sectors, competencies and
  /// load dimensions unchanged).
  public static func taxonomy(from taxonomy: Taxonomy) -> Taxonomy {
    Taxonomy(
      sectors: taxonomy.sectors, competencies: taxonomy.competencies,
      loadDimensions: taxonomy.loadDimensions, region: region)
  }

  /// Whether a point lies inside a coarse outline of the Netherlands' land (the mainland
  /// and Zeeland; the Wadden islands left out).
  static func onLand(latitude: Double, longitude: Double) -> Bool {
    // Ray casting over the outline's edges.
    var inside = false
    var previous = outline[outline.count - 1]
    for point in outline {
      if (point.latitude > latitude) != (previous.latitude > latitude) {
        let crossing =
          (previous.longitude - point.longitude) * (latitude - point.latitude)
          / (previous.latitude - point.latitude) + point.longitude
        if longitude < crossing { inside.toggle() }
      }
      previous = point
    }
    return inside
  }

  /// The coarse outline, clockwise from the south-west (latitude, longitude).
  static let outline: [(latitude: Double, longitude: Double)] = [
    (51.37, 3.37), (51.27, 3.80), (51.21, 4.24), (51.36, 4.40), (51.43, 4.53),
    (51.46, 4.92), (51.42, 5.08), (51.26, 5.22), (51.26, 5.47), (51.15, 5.64),
    (51.04, 5.76), (50.77, 5.64), (50.75, 5.78), (50.76, 6.02), (50.84, 6.08),
    (51.05, 5.98), (51.18, 6.08), (51.36, 6.22), (51.56, 6.20), (51.73, 6.03),
    (51.83, 5.96), (51.85, 6.17), (51.90, 6.41), (51.97, 6.72), (52.07, 6.69),
    (52.17, 7.03), (52.38, 7.07), (52.45, 6.97), (52.64, 6.71), (52.65, 7.04),
    (52.87, 7.09), (53.25, 7.21), (53.33, 7.00), (53.44, 6.90), (53.47, 6.50),
    (53.41, 5.95), (53.31, 5.50), (53.15, 5.35), (52.98, 5.43), (52.87, 5.72),
    (52.66, 5.85), (52.55, 5.76), (52.41, 5.59), (52.36, 5.27), (52.51, 5.07),
    (52.70, 5.10), (52.93, 4.78), (52.96, 4.72), (52.70, 4.63), (52.46, 4.55),
    (52.20, 4.38), (52.02, 4.15), (51.93, 4.00), (51.82, 3.85), (51.72, 3.68),
    (51.55, 3.45),
  ]

  /// Towns of the Netherlands: id, name, centre and population (rounded), largest first.
  static let towns:
    [(id: String, name: String, latitude: Double, longitude: Double, population: Int)] = [
      ("amsterdam", "Amsterdam", 52.370, 4.895, 930_000),
      ("rotterdam", "Rotterdam", 51.922, 4.479, 670_000),
      ("den-haag", "Den Haag", 52.071, 4.300, 560_000),
      ("utrecht", "Utrecht", 52.091, 5.122, 370_000),
      ("eindhoven", "Eindhoven", 51.441, 5.470, 240_000),
      ("groningen", "Groningen", 53.219, 6.567, 240_000),
      ("tilburg", "Tilburg", 51.556, 5.091, 230_000),
      ("almere", "Almere", 52.351, 5.264, 220_000),
      ("breda", "Breda", 51.589, 4.776, 190_000),
      ("nijmegen", "Nijmegen", 51.842, 5.853, 180_000),
      ("apeldoorn", "Apeldoorn", 52.211, 5.969, 170_000),
      ("arnhem", "Arnhem", 51.985, 5.899, 170_000),
      ("haarlem", "Haarlem", 52.381, 4.636, 170_000),
      ("haarlemmermeer", "Haarlemmermeer", 52.303, 4.689, 160_000),
      ("enschede", "Enschede", 52.222, 6.894, 160_000),
      ("amersfoort", "Amersfoort", 52.156, 5.387, 160_000),
      ("zaanstad", "Zaanstad", 52.438, 4.826, 160_000),
      ("s-hertogenbosch", "'s-Hertogenbosch", 51.698, 5.304, 160_000),
      ("zwolle", "Zwolle", 52.517, 6.083, 130_000),
      ("leeuwarden", "Leeuwarden", 53.201, 5.800, 125_000),
      ("zoetermeer", "Zoetermeer", 52.057, 4.493, 125_000),
      ("leiden", "Leiden", 52.160, 4.497, 125_000),
      ("maastricht", "Maastricht", 50.851, 5.691, 122_000),
      ("dordrecht", "Dordrecht", 51.814, 4.690, 120_000),
      ("ede", "Ede", 52.040, 5.666, 120_000),
      ("alphen-aan-den-rijn", "Alphen aan den Rijn", 52.129, 4.656, 112_000),
      ("westland", "Westland", 51.997, 4.222, 112_000),
      ("alkmaar", "Alkmaar", 52.632, 4.748, 110_000),
      ("emmen", "Emmen", 52.779, 6.907, 108_000),
      ("delft", "Delft", 52.012, 4.357, 104_000),
      ("venlo", "Venlo", 51.370, 6.172, 102_000),
      ("deventer", "Deventer", 52.255, 6.163, 101_000),
      ("sittard-geleen", "Sittard-Geleen", 50.998, 5.869, 91_000),
      ("helmond", "Helmond", 51.482, 5.661, 93_000),
      ("oss", "Oss", 51.765, 5.518, 93_000),
      ("amstelveen", "Amstelveen", 52.300, 4.863, 92_000),
      ("hilversum", "Hilversum", 52.223, 5.176, 92_000),
      ("heerlen", "Heerlen", 50.888, 5.979, 87_000),
      ("nissewaard", "Nissewaard", 51.836, 4.290, 86_000),
      ("dijk-en-waard", "Dijk en Waard", 52.698, 4.830, 88_000),
      ("purmerend", "Purmerend", 52.505, 4.960, 93_000),
      ("hengelo", "Hengelo", 52.266, 6.793, 81_000),
      ("schiedam", "Schiedam", 51.919, 4.399, 79_000),
      ("lelystad", "Lelystad", 52.518, 5.471, 80_000),
      ("roosendaal", "Roosendaal", 51.531, 4.465, 78_000),
      ("vlaardingen", "Vlaardingen", 51.912, 4.341, 74_000),
      ("almelo", "Almelo", 52.357, 6.662, 73_000),
      ("gouda", "Gouda", 52.012, 4.711, 74_000),
      ("hoorn", "Hoorn", 52.643, 5.060, 74_000),
      ("assen", "Assen", 52.993, 6.564, 69_000),
      ("zeist", "Zeist", 52.089, 5.231, 66_000),
      ("veenendaal", "Veenendaal", 52.029, 5.558, 68_000),
      ("bergen-op-zoom", "Bergen op Zoom", 51.495, 4.292, 68_000),
      ("capelle-aan-den-ijssel", "Capelle aan den IJssel", 51.929, 4.578, 67_000),
      ("katwijk", "Katwijk", 52.203, 4.418, 66_000),
      ("nieuwegein", "Nieuwegein", 52.029, 5.081, 64_000),
      ("den-helder", "Den Helder", 52.956, 4.760, 56_000),
      ("roermond", "Roermond", 51.194, 5.987, 59_000),
      ("doetinchem", "Doetinchem", 51.965, 6.289, 59_000),
      ("hoogeveen", "Hoogeveen", 52.723, 6.476, 56_000),
      ("terneuzen", "Terneuzen", 51.336, 3.828, 55_000),
      ("kampen", "Kampen", 52.555, 5.911, 54_000),
      ("weert", "Weert", 51.252, 5.707, 50_000),
      ("heerenveen", "Heerenveen", 52.960, 5.920, 51_000),
      ("harderwijk", "Harderwijk", 52.342, 5.620, 48_000),
      ("zutphen", "Zutphen", 52.138, 6.201, 48_000),
      ("noordoostpolder", "Noordoostpolder", 52.710, 5.750, 48_000),
      ("vlissingen", "Vlissingen", 51.442, 3.573, 45_000),
      ("tiel", "Tiel", 51.887, 5.429, 42_000),
      ("middelburg", "Middelburg", 51.499, 3.611, 49_000),
      ("goes", "Goes", 51.504, 3.889, 38_000),
      ("meppel", "Meppel", 52.696, 6.194, 34_000),
      ("sneek", "Súdwest-Fryslân", 53.033, 5.659, 91_000),
      ("drachten", "Smallingerland", 53.107, 6.099, 56_000),
      ("winterswijk", "Winterswijk", 51.972, 6.720, 29_000),
      ("stadskanaal", "Stadskanaal", 52.990, 6.955, 32_000),
      ("delfzijl", "Eemsdelta", 53.330, 6.920, 45_000),
    ]
}

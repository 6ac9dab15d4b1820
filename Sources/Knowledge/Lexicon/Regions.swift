/// Continents and great regions of the world: places, whatever the text around them says.
/// General English knowledge, like the country table.
enum Regions {
  static func kind(of folded: String) -> EntityKind? {
    names.contains(folded) ? .place : nil
  }

  static let names: Set<String> = [
    "africa", "antarctica", "antarctic", "arctic", "asia", "europe", "oceania", "australasia",
    "north america", "south america", "central america", "latin america", "america",
    "americas", "middle east", "near east", "far east", "caribbean", "balkans", "caucasus",
    "scandinavia", "sahel", "maghreb", "horn of africa", "pacific", "atlantic", "mediterranean",
    "indian ocean", "pacific ocean", "atlantic ocean", "arctic ocean", "southern ocean",
    "south atlantic", "north atlantic", "south pacific", "east asia", "southeast asia",
    "south asia", "central asia", "west africa", "east africa", "north africa",
    "southern africa", "eastern europe", "western europe", "central europe", "baltic",
    "siberia", "patagonia", "asia-pacific", "indo-pacific", "eurasia", "gulf", "persian gulf",
  ]
}
